package org.consortium.hub.sdk.csv;

import java.time.LocalDate;
import java.time.Period;
import org.consortium.hub.sdk.contract.AgeBand;

/** Turns an age or a birth date into the contract's age band; neither ever leaves the venue. */
public final class AgeBands {

  /** Oldest age taken as real; beyond, the value is a typing error or a placeholder date. */
  private static final int MAX_AGE = 120;

  private AgeBands() {}

  /** The band of an age in whole years; {@link AgeBand#UNKNOWN} for a negative or absurd age. */
  public static AgeBand ofAge(int age) {
    if (age < 0 || age > MAX_AGE) {
      return AgeBand.UNKNOWN;
    }
    if (age <= 14) {
      return AgeBand.AGE_0_14;
    }
    if (age <= 24) {
      return AgeBand.AGE_15_24;
    }
    if (age <= 34) {
      return AgeBand.AGE_25_34;
    }
    if (age <= 49) {
      return AgeBand.AGE_35_49;
    }
    return age <= 64 ? AgeBand.AGE_50_64 : AgeBand.AGE_65_PLUS;
  }

  /**
   * The band of a buyer born on {@code birthDate} on the day of the performance, so that a
   * season's figures do not depend on when the export was made.
   */
  public static AgeBand ofBirthDate(LocalDate birthDate, LocalDate on) {
    if (birthDate.isAfter(on)) {
      return AgeBand.UNKNOWN;
    }
    return ofAge(Period.between(birthDate, on).getYears());
  }
}
