package nl.wmokader.core.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import nl.wmokader.core.audit.AuditGen;
import nl.wmokader.core.shared.Actor;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** The hash seals every field, its encoding is unambiguous, and the chain key follows the region's day. */
class AuditHashPropertiesTest implements WithQuickTheories {

  @Test
  void the_hash_is_sixty_four_lower_case_hex_digits_and_depends_on_every_field() {
    qt().forAll(integers().between(0, 10_000), integers().between(0, Integer.MAX_VALUE)).checkAssert((i, n) -> {
      AuditRecord r = AuditGen.record(i % 200, n);
      ChainKey chain = ChainKey.of(r);
      String hash = AuditHash.of(chain, 7, r, AuditHash.GENESIS);
      assertThat(AuditHash.isWellFormed(hash)).isTrue();
      assertThat(AuditHash.of(chain, 7, r, AuditHash.GENESIS)).isEqualTo(hash);
      assertThat(AuditHash.of(chain, 8, r, AuditHash.GENESIS)).isNotEqualTo(hash);
      assertThat(AuditHash.of(chain, 7, r, hash)).isNotEqualTo(hash);
      assertThat(AuditHash.of(new ChainKey(chain.party(), chain.day(), (chain.shard() + 1) % ChainKey.SHARDS), 7, r,
          AuditHash.GENESIS)).isNotEqualTo(hash);
      assertThat(AuditHash.of(chain, 7, new AuditRecord(r.at().plusNanos(1_000), r.actor(), r.clients(), r.action(),
          r.resource(), r.resourceId(), r.outcome()), AuditHash.GENESIS)).isNotEqualTo(hash);
      assertThat(AuditHash.of(chain, 7, new AuditRecord(r.at(), r.actor().party().as("someone"), r.clients(), r.action(),
          r.resource(), r.resourceId(), r.outcome()), AuditHash.GENESIS)).isNotEqualTo(hash);
      assertThat(AuditHash.of(chain, 7, new AuditRecord(r.at(), r.actor(),
          r.clients().isEmpty() ? io.vavr.collection.Array.of(AuditGen.CLIENTS.get(0)) : r.clients().tail(), r.action(), r.resource(),
          r.resourceId(), r.outcome()), AuditHash.GENESIS)).isNotEqualTo(hash);
      assertThat(AuditHash.of(chain, 7, new AuditRecord(r.at(), r.actor(), r.clients(), r.action(), r.resource(),
          r.resourceId() + " ", r.outcome()), AuditHash.GENESIS)).isNotEqualTo(hash);
    });
  }

  @Test
  void text_moved_from_one_field_to_the_next_changes_the_hash() {
    Instant at = Instant.parse("2026-03-02T09:00:00Z");
    AuditRecord a = AuditRecord.of(at, Actor.region(), AuditGen.CLIENTS.get(0), AuditAction.READ, "claimx", "y",
        AuditOutcome.ALLOWED);
    AuditRecord b = AuditRecord.of(at, Actor.region(), AuditGen.CLIENTS.get(0), AuditAction.READ, "claim", "xy",
        AuditOutcome.ALLOWED);
    assertThat(AuditHash.of(ChainKey.of(a), 1, a, AuditHash.GENESIS))
        .isNotEqualTo(AuditHash.of(ChainKey.of(b), 1, b, AuditHash.GENESIS));
  }

  @Test
  void a_chain_key_is_written_party_day_and_shard_for_any_day() {
    qt().forAll(integers().between(1, 9999), integers().between(1, 366), integers().between(0, ChainKey.SHARDS - 1))
        .checkAssert((year, dayOfYear, shard) -> {
          LocalDate day = LocalDate.ofYearDay(year, Math.min(dayOfYear, LocalDate.of(year, 1, 1).lengthOfYear()));
          assertThat(new ChainKey("provider:98000001", day, shard).value())
              .isEqualTo("provider:98000001/" + day + "/" + shard);
        });
  }

  @Test
  void a_known_entry_hashes_to_a_known_value() {
    // pinned, and computed independently from the encoding ADR 13 describes (Python's hashlib):
    // a change of the encoding would leave every stored chain unverifiable
    AuditRecord r = AuditRecord.of(Instant.parse("2026-03-02T09:00:00.123456789Z"), Actor.municipality(AuditGen.BERNHEZE),
        AuditGen.CLIENTS.get(0), AuditAction.READ, "indication", "i-1", AuditOutcome.ALLOWED);
    assertThat(r.at()).isEqualTo(Instant.parse("2026-03-02T09:00:00.123456Z"));
    assertThat(ChainKey.of(r).value()).isEqualTo("municipality:1721/2026-03-02/0");
    assertThat(AuditHash.of(ChainKey.of(r), 1, r, AuditHash.GENESIS)).isEqualTo(PINNED);
  }

  static final String PINNED = "eee44a2adffdfb1e3ffbe6b0505f0cb61c0b1572ac9e4c8377218a48235e4f20";

  @Test
  void a_chain_is_of_the_regions_day_and_reads_back_from_its_value() {
    AuditRecord lateInUtc = AuditRecord.of(Instant.parse("2026-03-31T22:30:00Z"), Actor.provider(AuditGen.PROVIDER),
        AuditGen.CLIENTS.get(0), AuditAction.CREATE, "claim", "c-1", AuditOutcome.ALLOWED);
    ChainKey key = ChainKey.of(lateInUtc);
    assertThat(key.day()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(key.party()).isEqualTo("provider:" + AuditGen.PROVIDER.value());
    assertThat(key.shard()).isZero();
    assertThat(ChainKey.parse(key.value())).containsExactly(key);
    assertThat(ChainKey.parse("provider/2026-04-01")).isEmpty();
    assertThat(ChainKey.parse("provider/2026-04-01/8")).isEmpty();
    qt().forAll(strings().allPossible().ofLengthBetween(1, 255)).assuming(p -> !p.isBlank()
        && p.chars().noneMatch(Character::isISOControl)).checkAssert(person -> {
          ChainKey k = ChainKey.of(AuditRecord.of(lateInUtc.at(), Actor.region().as(person), AuditGen.CLIENTS.get(0),
              AuditAction.READ, "claim", "c-1", AuditOutcome.ALLOWED));
          assertThat(k.shard()).isBetween(0, ChainKey.SHARDS - 1).isEqualTo(Math.floorMod(person.hashCode(), ChainKey.SHARDS));
          assertThat(ChainKey.parse(k.value())).containsExactly(k);
        });
  }

  /**
   * Against hashes a second implementation of the documented encoding computed (Python's hashlib):
   * the encoding is what the class comment says, and an entry naming one client hashes as the
   * entries stored before a record could name several.
   */
  @Test
  void the_encoding_is_the_documented_one_and_one_client_hashes_as_before() {
    Instant at = Instant.parse("2026-03-02T08:15:30.123456Z");
    nl.wmokader.core.shared.Bsn a = new nl.wmokader.core.shared.Bsn("999900006");
    nl.wmokader.core.shared.Bsn b = new nl.wmokader.core.shared.Bsn("999900018");
    nl.wmokader.core.shared.Bsn c = new nl.wmokader.core.shared.Bsn("999900031");
    AuditRecord one = AuditRecord.of(at, Actor.municipality(nl.wmokader.core.shared.MunicipalityCode.of("0828")).as("p.jansen"),
        a, AuditAction.READ, "indication", "ind-1", AuditOutcome.ALLOWED);
    assertThat(AuditHash.of(ChainKey.parse("municipality:0828/2026-03-02/3").get(), 7, one, AuditHash.GENESIS))
        .isEqualTo("94f491b739278baa7ad1a06106fa5cea5a75ef266f8e852c25f136e5e3e75d28");
    AuditRecord several = AuditRecord.ofClients(at, Actor.provider(nl.wmokader.core.shared.AgbCode.of("12345678")),
        io.vavr.collection.List.of(c, a, b, a), AuditAction.CREATE, "claim", "c-1", AuditOutcome.ALLOWED);
    assertThat(several.clients()).as("distinct, in the order of their numbers").containsExactly(a, b, c);
    assertThat(AuditHash.of(ChainKey.parse("provider:12345678/2026-03-02/0").get(), 1, several, AuditHash.GENESIS))
        .isEqualTo("a8d3ad582cc4f6cc135df619de345c0ce3f704a461e615d998afc966543bdc62");
    AuditRecord none = AuditRecord.of(at, Actor.region(), Option.none(), AuditAction.READ, "audit-trail", "search",
        AuditOutcome.REFUSED);
    assertThat(AuditHash.of(ChainKey.parse("region/2026-03-02/0").get(), 2, none, "a".repeat(64)))
        .isEqualTo("026d00c5509a53bb62f5e807abb29107531f038ec59eedf05082f41adeabbad4");
  }

  @Test
  void a_record_names_exactly_its_clients_and_refuses_them_out_of_order() {
    qt().forAll(integers().between(0, 10_000), integers().between(0, Integer.MAX_VALUE)).checkAssert((i, n) -> {
      AuditRecord r = AuditGen.record(i % 200, n);
      for (nl.wmokader.core.shared.Bsn client : AuditGen.CLIENTS) {
        assertThat(r.names(client)).isEqualTo(r.clients().contains(client));
        if (r.names(client)) {
          assertThat(r.shownTo(client).clients()).containsExactly(client);
        }
      }
    });
    Instant at = Instant.parse("2026-03-02T08:15:30Z");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AuditRecord(at, Actor.region(),
        io.vavr.collection.Array.of(new nl.wmokader.core.shared.Bsn("999900018"), new nl.wmokader.core.shared.Bsn("999900006")),
        AuditAction.READ, "claim", "c", AuditOutcome.ALLOWED)).isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AuditRecord(at, Actor.region(),
        io.vavr.collection.Array.of(new nl.wmokader.core.shared.Bsn("999900006"), new nl.wmokader.core.shared.Bsn("999900006")),
        AuditAction.READ, "claim", "c", AuditOutcome.ALLOWED)).isInstanceOf(IllegalArgumentException.class);
  }
}
