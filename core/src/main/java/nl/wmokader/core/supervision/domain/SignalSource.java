package nl.wmokader.core.supervision.domain;

/** Where a signal about a provider came from [DOMAIN §7; B §4.4]. */
public enum SignalSource {
  CLIENT,
  MEMBER_MUNICIPALITY,
  CONTRACT_MANAGER,
  /** Klokkenluider: someone inside the provider. */
  WHISTLE_BLOWER,
  /** An anomaly in the data: claims, waiting times, in- and outflow. */
  DATA_ANOMALY,
  /** The GGD, the regional public-health service supervising on the region's behalf. */
  GGD
}
