package nl.wmokader.core.indication;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Grant;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A deliberately naive model of the assignment rules for the model-based lifecycle test: plain
 * mutable collections, dates compared by hand, every rule written out in the order the use cases
 * document their Left cases. It shares no rule code with the system under test; verdicts are
 * error codes ({@code DomainError.code()}) or {@code "OK"}.
 */
final class AssignmentModel {

  static final String OK = "OK";

  /** What the model knows of one assignment. */
  record M(AssignmentId id, Indication indication, AgbCode provider, AssignmentType type, Option<ProductCode> product,
           Option<Volume> volume, LocalDate start, Option<LocalDate> end, LocalDate assignedOn,
           Option<LocalDate> deliveryStart, Option<LocalDate> stopDate, Option<StopReason> stopReason,
           AssignmentStatus status, Option<AssignmentId> replaces) {

    Bsn client() {
      return indication.client();
    }

    ProductCategory category() {
      return indication.grant().get().category();
    }

    LocalDate lastDay() {
      return stopDate.orElse(end).getOrElse(LocalDate.MAX);
    }
  }

  final java.util.List<Indication> indications;
  final java.util.function.Predicate<nl.wmokader.core.contracting.port.in.DeliveryRightQuery> contracted;
  final Map<AssignmentId, M> byId = new LinkedHashMap<>();
  final java.util.List<AssignmentId> created = new ArrayList<>();
  final Set<AssignmentId> approved = new HashSet<>();
  LocalDate today;
  private M pending;

  AssignmentModel(java.util.List<Indication> indications,
                  java.util.function.Predicate<nl.wmokader.core.contracting.port.in.DeliveryRightQuery> contracted, LocalDate today) {
    this.indications = indications;
    this.contracted = contracted;
    this.today = today;
  }

  // ---- the rules, written out plainly ----

  private static boolean municipalitySide(Actor actor) {
    return actor.role() == Actor.Role.REGION || actor.role() == Actor.Role.MUNICIPALITY;
  }

  private static boolean manages(Actor actor, Indication i) {
    if (actor.role() == Actor.Role.REGION) {
      return true;
    }
    if (actor.role() != Actor.Role.MUNICIPALITY) {
      return false;
    }
    MunicipalityCode own = actor.municipality().get();
    return i.responsibleMunicipality().equals(own) || i.attributedTo().contains(own);
  }

  private static boolean overlaps(LocalDate s1, LocalDate e1, LocalDate s2, LocalDate e2) {
    return !s1.isAfter(e2) && !s2.isAfter(e1);
  }

  private static boolean sameProduct(ProductCategory c1, Option<ProductCode> p1, ProductCategory c2, Option<ProductCode> p2) {
    if (c1 != c2) {
      return false;
    }
    if (p1.isEmpty() || p2.isEmpty()) {
      return true;
    }
    return p1.get().equals(p2.get());
  }

  private boolean stacks(AssignmentId self, Indication indication, AgbCode provider, Option<ProductCode> product,
                         LocalDate start, LocalDate last, Map<AssignmentId, M> state) {
    ProductCategory category = indication.grant().get().category();
    if (category.isAid()) {
      return false;
    }
    for (M m : state.values()) {
      if (m.id().equals(self) || m.status() == AssignmentStatus.DELETED) {
        continue;
      }
      if (m.client().equals(indication.client()) && m.provider().equals(provider)
          && sameProduct(m.category(), m.product(), category, product)
          && overlaps(m.start(), m.lastDay(), start, last)) {
        return true;
      }
    }
    return false;
  }

  private boolean budgetOverlap(Indication indication, Option<ProductCode> product, LocalDate start, LocalDate last) {
    ProductCategory category = indication.grant().get().category();
    for (Indication other : indications) {
      if (!other.client().equals(indication.client()) || other.grant().isEmpty()) {
        continue;
      }
      Grant g = other.grant().get();
      if (g.form() == DeliveryForm.PERSONAL_BUDGET && sameProduct(g.category(), g.product(), category, product)
          && overlaps(g.validity().start(), g.validity().end().getOrElse(LocalDate.MAX), start, last)) {
        return true;
      }
    }
    return false;
  }

  private static boolean outsideGrant(Grant g, LocalDate start, Option<LocalDate> end) {
    if (start.isBefore(g.validity().start())) {
      return true;
    }
    if (g.validity().end().isEmpty()) {
      return false;
    }
    return end.isEmpty() || end.get().isAfter(g.validity().end().get());
  }

  private boolean isContracted(AgbCode provider, Option<ProductCode> product, LocalDate day) {
    return product.isDefined()
        && contracted.test(new nl.wmokader.core.contracting.port.in.DeliveryRightQuery(provider, product.get(), day));
  }

  private static boolean weekly(Option<Volume> v) {
    return v.isDefined() && v.get().frequency() == Frequency.PER_WEEK;
  }

  String issue(Actor actor, Option<Indication> found, AgbCode provider, AssignmentType type, Option<ProductCode> product,
               Option<Volume> volume, LocalDate start, Option<LocalDate> end) {
    if (!municipalitySide(actor)) {
      return "Forbidden";
    }
    boolean invalid = (end.isDefined() && end.get().isBefore(start))
        || (type == AssignmentType.SPECIFIC && volume.isEmpty())
        || (type != AssignmentType.SPECIFIC && product.isDefined())
        || (type == AssignmentType.GENERIC && (volume.isEmpty() || volume.get().unit() != Unit.EUROS))
        || (end.isEmpty() && weekly(volume));
    if (invalid) {
      return "InvalidInput";
    }
    if (found.isEmpty() || !manages(actor, found.get())) {
      return "NotFound";
    }
    Indication indication = found.get();
    if (indication.grant().isEmpty()) {
      return "NotGranted";
    }
    Grant g = indication.grant().get();
    if (g.form() != DeliveryForm.IN_KIND) {
      return "NotInKind";
    }
    Option<ProductCode> assigned = type == AssignmentType.SPECIFIC ? (product.isDefined() ? product : g.product()) : Option.none();
    if (type == AssignmentType.SPECIFIC && assigned.isEmpty()) {
      return "InvalidInput";
    }
    if (assigned.isDefined() && g.product().isDefined() && !assigned.get().equals(g.product().get())) {
      return "ProductNotGranted";
    }
    if (outsideGrant(g, start, end)) {
      return "OutsideGrant";
    }
    LocalDate last = end.getOrElse(LocalDate.MAX);
    if (stacks(null, indication, provider, assigned, start, last, byId)) {
      return "Stacking";
    }
    if (budgetOverlap(indication, assigned, start, last)) {
      return "PersonalBudgetOverlap";
    }
    if (!isContracted(provider, assigned.isDefined() ? assigned : g.product(), start)) {
      return "ProviderNotContracted";
    }
    pending = new M(null, indication, provider, type, assigned, volume, start, end, today, Option.none(), Option.none(),
        Option.none(), AssignmentStatus.ASSIGNED, Option.none());
    return OK;
  }

  /** Stores what the last accepted issue or change created under the identifier the system gave it. */
  void adopt(AssignmentId id) {
    M m = pending;
    byId.put(id, new M(id, m.indication(), m.provider(), m.type(), m.product(), m.volume(), m.start(), m.end(),
        m.assignedOn(), m.deliveryStart(), m.stopDate(), m.stopReason(), m.status(), m.replaces()));
    created.add(id);
    pending = null;
  }

  private Option<M> managed(Actor actor, AssignmentId id) {
    M m = byId.get(id);
    return m != null && manages(actor, m.indication()) ? Option.some(m) : Option.none();
  }

  String extend(Actor actor, AssignmentId id, Option<LocalDate> newEnd) {
    if (!municipalitySide(actor)) {
      return "Forbidden";
    }
    Option<M> found = managed(actor, id);
    if (found.isEmpty()) {
      return "NotFound";
    }
    M m = found.get();
    if (newEnd.isEmpty() && weekly(m.volume())) {
      return "InvalidInput";
    }
    if (m.status() != AssignmentStatus.ASSIGNED && m.status() != AssignmentStatus.DELIVERING) {
      return "NotActive";
    }
    LocalDate earliest = m.deliveryStart().isDefined() && m.deliveryStart().get().isAfter(m.start()) ? m.deliveryStart().get() : m.start();
    if (newEnd.isDefined() && newEnd.get().isBefore(earliest)) {
      return "DateOutOfRange";
    }
    if (outsideGrant(m.indication().grant().get(), m.start(), newEnd)) {
      return "OutsideGrant";
    }
    LocalDate last = newEnd.getOrElse(LocalDate.MAX);
    if (stacks(m.id(), m.indication(), m.provider(), m.product(), m.start(), last, byId)) {
      return "Stacking";
    }
    if (budgetOverlap(m.indication(), m.product(), m.start(), last)) {
      return "PersonalBudgetOverlap";
    }
    byId.put(id, new M(m.id(), m.indication(), m.provider(), m.type(), m.product(), m.volume(), m.start(), newEnd,
        m.assignedOn(), m.deliveryStart(), m.stopDate(), m.stopReason(), m.status(), m.replaces()));
    return OK;
  }

  String change(Actor actor, AssignmentId id, LocalDate changeDate, Volume volume, boolean onProviderRequest) {
    if (!municipalitySide(actor)) {
      return "Forbidden";
    }
    Option<M> found = managed(actor, id);
    if (found.isEmpty()) {
      return "NotFound";
    }
    M m = found.get();
    if ((m.type() == AssignmentType.GENERIC && volume.unit() != Unit.EUROS)
        || (volume.frequency() == Frequency.PER_WEEK && m.end().isEmpty())) {
      return "InvalidInput";
    }
    if (m.status() != AssignmentStatus.ASSIGNED && m.status() != AssignmentStatus.DELIVERING) {
      return "NotActive";
    }
    LocalDate keep = m.deliveryStart().isDefined() && m.deliveryStart().get().isAfter(m.start()) ? m.deliveryStart().get() : m.start();
    if (!changeDate.isAfter(keep) || (m.end().isDefined() && changeDate.isAfter(m.end().get()))) {
      return "DateOutOfRange";
    }
    if (m.volume().isDefined() && m.volume().get().equals(volume)) {
      return "VolumeUnchanged";
    }
    Grant g = m.indication().grant().get();
    if (outsideGrant(g, changeDate, m.end())) {
      return "OutsideGrant";
    }
    Map<AssignmentId, M> afterEnd = new LinkedHashMap<>(byId);
    afterEnd.put(id, ended(m, changeDate, StopReason.CHANGE_REQUEST));
    LocalDate last = m.end().getOrElse(LocalDate.MAX);
    if (stacks(null, m.indication(), m.provider(), m.product(), changeDate, last, afterEnd)) {
      return "Stacking";
    }
    if (budgetOverlap(m.indication(), m.product(), changeDate, last)) {
      return "PersonalBudgetOverlap";
    }
    if (!isContracted(m.provider(), m.product().isDefined() ? m.product() : g.product(), changeDate)) {
      return "ProviderNotContracted";
    }
    byId.put(id, ended(m, changeDate, onProviderRequest ? StopReason.CHANGE_REQUEST : StopReason.INITIATED_BY_MUNICIPALITY));
    pending = new M(null, m.indication(), m.provider(), m.type(), m.product(), Option.some(volume), changeDate, m.end(),
        today, Option.none(), Option.none(), Option.none(), AssignmentStatus.ASSIGNED, Option.some(id));
    return OK;
  }

  private static M ended(M m, LocalDate changeDate, StopReason reason) {
    LocalDate lastDay = changeDate.minusDays(1);
    return new M(m.id(), m.indication(), m.provider(), m.type(), m.product(), m.volume(), m.start(), Option.some(lastDay),
        m.assignedOn(), m.deliveryStart(), Option.some(lastDay), Option.some(reason), AssignmentStatus.ENDED, m.replaces());
  }

  String delete(Actor actor, AssignmentId id) {
    if (!municipalitySide(actor)) {
      return "Forbidden";
    }
    Option<M> found = managed(actor, id);
    if (found.isEmpty()) {
      return "NotFound";
    }
    M m = found.get();
    if (m.status() == AssignmentStatus.DELETED) {
      return "NotActive";
    }
    if (approved.contains(id)) {
      return "HasApprovedClaims";
    }
    byId.put(id, new M(m.id(), m.indication(), m.provider(), m.type(), m.product(), m.volume(), m.start(), m.end(),
        m.assignedOn(), m.deliveryStart(), m.stopDate(), m.stopReason(), AssignmentStatus.DELETED, m.replaces()));
    return OK;
  }

  private Option<M> own(Actor actor, AssignmentId id) {
    M m = byId.get(id);
    return m != null && actor.provider().contains(m.provider()) ? Option.some(m) : Option.none();
  }

  String start(Actor actor, AssignmentId id, LocalDate date) {
    if (actor.role() != Actor.Role.PROVIDER) {
      return "Forbidden";
    }
    if (date.isAfter(today)) {
      return "InvalidInput";
    }
    Option<M> found = own(actor, id);
    if (found.isEmpty()) {
      return "NotFound";
    }
    M m = found.get();
    if (m.status() == AssignmentStatus.DELETED) {
      return "NotActive";
    }
    if (m.deliveryStart().isDefined()) {
      return "AlreadyStarted";
    }
    if (date.isBefore(m.start()) || date.isAfter(m.lastDay())) {
      return "DateOutOfRange";
    }
    byId.put(id, new M(m.id(), m.indication(), m.provider(), m.type(), m.product(), m.volume(), m.start(), m.end(),
        m.assignedOn(), Option.some(date), m.stopDate(), m.stopReason(),
        m.status() == AssignmentStatus.ASSIGNED ? AssignmentStatus.DELIVERING : m.status(), m.replaces()));
    return OK;
  }

  String stop(Actor actor, AssignmentId id, LocalDate date, StopReason reason) {
    if (actor.role() != Actor.Role.PROVIDER) {
      return "Forbidden";
    }
    Option<M> found = own(actor, id);
    if (found.isEmpty()) {
      return "NotFound";
    }
    M m = found.get();
    if (m.status() == AssignmentStatus.ASSIGNED) {
      return "NotStarted";
    }
    if (m.status() != AssignmentStatus.DELIVERING) {
      return "NotActive";
    }
    if (date.isBefore(m.deliveryStart().get()) || (m.end().isDefined() && date.isAfter(m.end().get()))) {
      return "DateOutOfRange";
    }
    byId.put(id, new M(m.id(), m.indication(), m.provider(), m.type(), m.product(), m.volume(), m.start(), m.end(),
        m.assignedOn(), m.deliveryStart(), Option.some(date), Option.some(reason), AssignmentStatus.STOPPED, m.replaces()));
    return OK;
  }
}
