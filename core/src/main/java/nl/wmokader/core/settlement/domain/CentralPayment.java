package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * One settlement month (the claims answered in it) settled centrally: the central municipality pays
 * each provider on behalf of all members and charges each member its settlement. Both sides are
 * built from the same sums, so what is paid out always equals what is charged back.
 *
 * @param payments per provider, in AGB order
 * @param charges per member, in the order the members were given
 */
public record CentralPayment(YearMonth month, Seq<ProviderPayment> payments, Seq<MemberCharge> charges) {
  private static final Comparator<ProviderPayment> BY_AGB = (x, y) -> x.provider().value().compareTo(y.provider().value());

  public CentralPayment {
    requireNonNull(month, "month");
    requireNonNull(payments, "payments");
    requireNonNull(charges, "charges");
  }

  /** The month's payments and charges from the members' settlements (their items and recoveries). */
  public static CentralPayment of(YearMonth month, Seq<MemberSettlement> settlements) {
    List<SettlementSum> sums = new ArrayList<>();
    List<Recovery> recovered = new ArrayList<>();
    for (MemberSettlement s : settlements) {
      for (SettlementTotal t : s.items()) {
        sums.add(new SettlementSum(month, s.member(), t.provider(), t.debits(), t.credits(), t.lines()));
      }
      recovered.addAll(s.recoveries().asJava());
    }
    return of(month, settlements.map(MemberSettlement::member), sums, recovered);
  }

  /**
   * The month's payments and charges from its sums per member and provider and its recoveries:
   * every one of {@code members} is charged (zero when nothing was approved for it); sums and
   * recoveries of others (a member that left the region) are neither paid nor charged.
   */
  public static CentralPayment of(YearMonth month, Iterable<MunicipalityCode> members, Iterable<SettlementSum> sums,
                                  Iterable<Recovery> recoveries) {
    requireNonNull(month, "month");
    // per member (in the order given): debits, credits, recovered; per provider: approved net, recovered
    List<MunicipalityCode> codes = new ArrayList<>();
    for (MunicipalityCode m : members) {
      if (!codes.contains(m)) {
        codes.add(m);
      }
    }
    long[][] charged = new long[codes.size()][3];
    // sized for a region's providers (some 150) without growing
    Map<AgbCode, long[]> paid = new HashMap<>(512);
    // the ports answer sums grouped by member: the member found last is almost always the next one's
    int member = -1;
    for (SettlementSum s : sums) {
      member = indexOf(codes, s.member(), member);
      if (member >= 0) {
        add(charged[member], 0, s.debits());
        add(charged[member], 1, s.credits());
        add(providerSums(paid, s.provider()), 0, s.net());
      }
    }
    for (Recovery r : recoveries) {
      int m = indexOf(codes, r.member(), -1);
      if (m >= 0) {
        add(charged[m], 2, r.amount().negate());
        add(providerSums(paid, r.provider()), 1, r.amount());
      }
    }
    ProviderPayment[] payments = new ProviderPayment[paid.size()];
    int i = 0;
    for (Map.Entry<AgbCode, long[]> e : paid.entrySet()) {
      long[] p = e.getValue();
      payments[i++] = new ProviderPayment(e.getKey(), Money.ofCents(p[0]), Money.ofCents(p[1]));
    }
    Arrays.sort(payments, BY_AGB);
    MemberCharge[] charges = new MemberCharge[codes.size()];
    for (int m = 0; m < charges.length; m++) {
      long[] c = charged[m];
      charges[m] = new MemberCharge(codes.get(m), Money.ofCents(c[0]), Money.ofCents(c[1]), Money.ofCents(c[2]));
    }
    return new CentralPayment(month, Array.of(payments), Array.of(charges));
  }

  /** Where {@code member} is in {@code codes} (-1: not a member), looking at {@code hint} first. */
  private static int indexOf(List<MunicipalityCode> codes, MunicipalityCode member, int hint) {
    if (hint >= 0 && codes.get(hint).equals(member)) {
      return hint;
    }
    return codes.indexOf(member);
  }

  private static long[] providerSums(Map<AgbCode, long[]> paid, AgbCode provider) {
    long[] sums = paid.get(provider);
    if (sums == null) {
      sums = new long[2];
      paid.put(provider, sums);
    }
    return sums;
  }

  /** Adds as {@link Money} does: an overflow throws rather than wraps. */
  private static void add(long[] sums, int at, Money amount) {
    sums[at] = Math.addExact(sums[at], amount.cents());
  }

  public Money totalPaid() {
    return payments.foldLeft(Money.ZERO, (sum, p) -> sum.plus(p.payable()));
  }

  public Money totalCharged() {
    return charges.foldLeft(Money.ZERO, (sum, c) -> sum.plus(c.total()));
  }
}
