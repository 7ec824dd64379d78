package nl.wmokader.adapters.jdbc;

import static nl.wmokader.core.settlement.ClaimStoreFixture.BERNHEZE;
import static nl.wmokader.core.settlement.ClaimStoreFixture.BOEKEL;
import static nl.wmokader.core.settlement.ClaimStoreFixture.CLIENT;
import static nl.wmokader.core.settlement.ClaimStoreFixture.GUIDANCE;
import static nl.wmokader.core.settlement.ClaimStoreFixture.PROVIDER;
import static nl.wmokader.core.settlement.ClaimStoreFixture.approved;
import static nl.wmokader.core.settlement.ClaimStoreFixture.assignment;
import static nl.wmokader.core.settlement.ClaimStoreFixture.claim;
import static nl.wmokader.core.settlement.ClaimStoreFixture.credit;
import static nl.wmokader.core.settlement.ClaimStoreFixture.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.monitoring.domain.DeliveredVolume;
import nl.wmokader.core.monitoring.domain.FigureFilter;
import nl.wmokader.core.monitoring.domain.FigureKey;
import nl.wmokader.core.settlement.ClaimStoreFixture;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.Results;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V19 fills monitoring's delivered totals from the lines stored before it: the active debits
 * (approved, not credited, a credit of an earlier month and a resubmission after it included) per
 * month and the assignment's member (attributed before responsible), provider, category and
 * product, hours as minutes; rejected lines and lines of deleted or unknown assignments count
 * nowhere. A claim saved after the migration moves the same totals on. Run on H2 and PostgreSQL.
 */
abstract class DeliveredTotalsMigration {

  /** A data source on an empty schema. */
  protected abstract DataSource emptyDatabase();

  /** The schema's name (null: the default one). */
  protected abstract String schema();

  private static final YearMonth JANUARY = YearMonth.of(2026, 1);
  private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
  private static final Assignment HOURS = assignment(0, Option.none(), Option.some(GUIDANCE), AssignmentStatus.DELIVERING);
  private static final Assignment SHELTER = assignment(1, Option.some(BOEKEL), Option.none(), AssignmentStatus.DELIVERING);
  private static final Assignment DELETED = assignment(2, Option.none(), Option.some(GUIDANCE), AssignmentStatus.DELETED);
  private static final AssignmentId UNKNOWN = ClaimStoreFixture.assignment(99);

  @Test
  void delivered_totals_are_filled_from_the_stored_lines_and_move_on_with_the_next_claim() throws SQLException {
    DataSource db = emptyDatabase();
    flyway(db, "18").migrate();
    // rows as V18 held them, by hand: today's repository writes the columns of later versions
    try (Connection c = db.getConnection()) {
      for (Assignment a : List.of(HOURS, SHELTER, DELETED)) {
        Jdbc.update(c, "INSERT INTO wmo_assignment (id, indication_id, client, responsible, attributed_to, provider,"
                + " assignment_type, category, product, volume_quantity, volume_unit, volume_frequency, start_date,"
                + " end_date, assigned_on, delivery_start, status, version) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            a.id().value(), a.indication().value(), a.client().value(), a.responsibleMunicipality().value(),
            a.attributedTo().map(MunicipalityCode::value).getOrNull(), a.provider().value(), a.type().name(),
            a.category().name(), a.product().map(ProductCode::value).getOrNull(),
            a.volume().map(Volume::quantity).getOrNull(), a.volume().map(v -> v.unit().name()).getOrNull(),
            a.volume().map(v -> v.frequency().name()).getOrNull(), a.validity().start(), a.validity().end().getOrNull(),
            a.assignedOn(), a.deliveryStart().getOrNull(), a.status().name(), 1L);
      }
    }
    ClaimLine twoHours = line("H1", HOURS.id(), JANUARY, 2, Unit.HOUR);
    ClaimLine fivePieces = line("S1", SHELTER.id(), JANUARY, 5, Unit.PIECE_OUTPUT);
    ClaimLine threeHours = line("F1", HOURS.id(), FEBRUARY, 3, Unit.HOUR);
    java.util.List<Claim> before = java.util.List.of(
        claim(1, PROVIDER, JANUARY, approved(twoHours, BERNHEZE),
            approved(line("H2", HOURS.id(), JANUARY, 30, Unit.MINUTE), BERNHEZE),
            rejected(line("H3", HOURS.id(), JANUARY, 9, Unit.HOUR), RejectionCode.TOTAL_VOLUME_EXCEEDED),
            approved(fivePieces, BOEKEL),
            approved(line("X1", DELETED.id(), JANUARY, 4, Unit.HOUR), BERNHEZE),
            approved(line("U1", UNKNOWN, JANUARY, 1, Unit.HOUR), BERNHEZE)),
        // January's two hours credited in February and claimed again as one
        claim(2, PROVIDER, FEBRUARY, approved(credit("H4", twoHours), BERNHEZE),
            approved(line("H5", HOURS.id(), JANUARY, 1, Unit.HOUR), BERNHEZE),
            approved(threeHours, BERNHEZE),
            rejected(credit("S2", fivePieces), RejectionCode.CREDIT_WITHOUT_DEBIT)));
    try (Connection c = db.getConnection()) {
      for (Claim claim : before) {
        var s = claim.summary();
        Jdbc.update(c, "INSERT INTO wmo_claim (id, provider, municipality, claim_month, claim_number, submitted_on,"
                + " line_count, approved_line_count, submitted_total_cents, approved_total_cents)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id().value(), s.provider().value(), s.municipality().value(),
            s.month().atDay(1), s.number(), s.submittedOn(), s.lineCount(), s.approvedLineCount(),
            s.submittedTotal().cents(), s.approvedTotal().cents());
        for (Object[] row : JdbcClaimRepository.lineRows(claim)) {
          Jdbc.update(c, "INSERT INTO wmo_claim_line (" + JdbcClaimRepository.LINE_COLUMNS + ") VALUES ("
              + Jdbc.placeholders(JdbcClaimRepository.LINE_COLUMN_COUNT) + ")", row);
        }
      }
    }

    flyway(db, null).migrate();

    JdbcMonitoringFacts facts = new JdbcMonitoringFacts(db);
    FigureFilter year = FigureFilter.months(YearMonth.of(2025, 12), YearMonth.of(2026, 12));
    // worked by hand: January 30 minutes and the hour claimed again, February three hours, the
    // pieces under the member the shelter is attributed to
    assertThat(facts.delivered(year)).containsExactlyInAnyOrder(
        volume(JANUARY, BERNHEZE, Option.some(GUIDANCE), Unit.MINUTE, 30 + 60),
        volume(FEBRUARY, BERNHEZE, Option.some(GUIDANCE), Unit.MINUTE, 180),
        volume(JANUARY, BOEKEL, Option.none(), Unit.PIECE_OUTPUT, 5));

    // a claim saved now credits February's three hours and adds pieces: the same totals move on
    JdbcClaimRepository claims = new JdbcClaimRepository(db);
    ClaimStoreFixture.store(claims, claim(3, PROVIDER, FEBRUARY, approved(credit("F2", threeHours), BERNHEZE),
        approved(line("S3", SHELTER.id(), JANUARY, 2, Unit.PIECE_OUTPUT), BOEKEL)));
    assertThat(facts.delivered(year)).containsExactlyInAnyOrder(
        volume(JANUARY, BERNHEZE, Option.some(GUIDANCE), Unit.MINUTE, 30 + 60),
        volume(JANUARY, BOEKEL, Option.none(), Unit.PIECE_OUTPUT, 5 + 2));
  }

  private static Assignment assignment(int n, Option<MunicipalityCode> attributedTo, Option<ProductCode> product,
                                       AssignmentStatus status) {
    return Assignment.builder()
        .id(ClaimStoreFixture.assignment(n))
        .indication(new IndicationId(new UUID(7, n)))
        .client(CLIENT)
        .responsibleMunicipality(BERNHEZE)
        .attributedTo(attributedTo)
        .provider(PROVIDER)
        .type(product.isDefined() ? AssignmentType.SPECIFIC : AssignmentType.ASPECIFIC)
        .category(ProductCategory.GUIDANCE)
        .product(product)
        .volume(product.map(p -> new Volume(4, Unit.HOUR, Frequency.PER_WEEK)))
        .deliveryStart(status == AssignmentStatus.DELIVERING ? Option.some(JANUARY.atDay(1)) : Option.none())
        .validity(DateRange.of(JANUARY.atDay(1), JANUARY.plusMonths(11).atEndOfMonth()))
        .assignedOn(JANUARY.atDay(1).minusDays(10))
        .status(status)
        .build();
  }

  private static ClaimLine line(String reference, AssignmentId a, YearMonth month, long volume, Unit unit) {
    return new ClaimLine(reference, Option.none(), a, CLIENT, ProductCategory.GUIDANCE, Option.some(GUIDANCE),
        DateRange.of(month.atDay(2), month.atDay(9)), volume, unit, Money.ofCents(100), Money.ofCents(100 * volume),
        DebitCredit.DEBIT);
  }

  private static DeliveredVolume volume(YearMonth month, MunicipalityCode member, Option<ProductCode> product, Unit unit,
                                        long quantity) {
    return new DeliveredVolume(new FigureKey(month, member, PROVIDER, ProductCategory.GUIDANCE, product), unit, quantity);
  }

  private Flyway flyway(DataSource db, String target) {
    var config = Flyway.configure().dataSource(db).locations(WmoKaderSchema.LOCATION).table(WmoKaderSchema.HISTORY_TABLE);
    if (schema() != null) {
      config = config.schemas(schema()).defaultSchema(schema());
    }
    if (target != null) {
      config = config.target(target);
    }
    return config.load();
  }
}
