package nl.wmokader.core.inmemory;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Comparator;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.port.out.IndicationRepository;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/** Indications in memory. */
public final class InMemoryIndicationRepository implements IndicationRepository {

  /** The port's list order: report date, then the id's text. */
  static final Comparator<Indication> LIST_ORDER =
      Comparator.comparing(Indication::reportedOn).thenComparing(i -> i.id().value().toString());

  private Map<IndicationId, Indication> byId = HashMap.empty();
  /** A client's indications: asked for on every decision and assignment, so never a scan. */
  private Map<Bsn, io.vavr.collection.Set<IndicationId>> byClient = HashMap.empty();

  @Override
  public synchronized Option<Indication> findById(IndicationId id) {
    return byId.get(id);
  }

  @Override
  public synchronized Seq<Indication> findByClient(Bsn client) {
    return byClient.get(client).map(ids -> ids.toList().flatMap(byId::get)).getOrElse(io.vavr.collection.List.empty());
  }

  @Override
  public synchronized Page<Indication> findVisibleTo(Option<MunicipalityCode> municipality, PageRequest page) {
    return Page.of(visibleTo(municipality), page);
  }

  @Override
  public synchronized Seq<Indication> findOpen(Option<MunicipalityCode> municipality) {
    return visibleTo(municipality).filter(i ->
        i.decision().isEmpty() || i.objection().exists(o -> !o.isDecided()));
  }

  private Seq<Indication> visibleTo(Option<MunicipalityCode> municipality) {
    return byId.values()
        .filter(i -> municipality.forAll(m -> i.responsibleMunicipality().equals(m) || i.attributedTo().contains(m)))
        .toList()
        .sorted(LIST_ORDER);
  }

  @Override
  public synchronized Either<DomainError, Indication> save(Indication indication) {
    long current = byId.get(indication.id()).map(Indication::version).getOrElse(0L);
    if (indication.version() != current) {
      return Either.left(new CommonError.StaleVersion("Indication", indication.id().toString(), indication.version()));
    }
    Indication stored = indication.withVersion(current + 1);
    byId.get(stored.id()).forEach(before -> byClient = byClient.computeIfPresent(before.client(),
        (c, ids) -> ids.remove(before.id()))._2);
    byId = byId.put(stored.id(), stored);
    byClient = byClient.put(stored.client(), byClient.get(stored.client()).getOrElse(io.vavr.collection.HashSet.empty())
        .add(stored.id()));
    return Either.right(stored);
  }

  /** Everything stored, for tests and read models. */
  public synchronized Seq<Indication> all() {
    return byId.values().toList();
  }
}
