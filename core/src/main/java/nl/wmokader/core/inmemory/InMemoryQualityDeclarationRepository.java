package nl.wmokader.core.inmemory;

import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.obligations.domain.QualityDeclaration;
import nl.wmokader.core.obligations.port.out.QualityDeclarationRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;

/** Quality-framework declarations in memory. */
public final class InMemoryQualityDeclarationRepository implements QualityDeclarationRepository {

  private Map<Tuple2<AgbCode, Integer>, QualityDeclaration> byKey = HashMap.empty();

  @Override
  public synchronized Option<QualityDeclaration> find(AgbCode provider, int year) {
    return byKey.get(Tuple.of(provider, year));
  }

  @Override
  public synchronized Either<DomainError, QualityDeclaration> save(QualityDeclaration declaration) {
    var key = Tuple.of(declaration.provider(), declaration.year());
    long current = byKey.get(key).map(QualityDeclaration::version).getOrElse(0L);
    if (declaration.version() != current) {
      return Either.left(new CommonError.StaleVersion("QualityDeclaration",
          declaration.provider() + "/" + declaration.year(), declaration.version()));
    }
    QualityDeclaration stored = declaration.withVersion(current + 1);
    byKey = byKey.put(key, stored);
    return Either.right(stored);
  }

  /** Everything stored, for tests. */
  public synchronized Seq<QualityDeclaration> all() {
    return byKey.values().toList();
  }
}
