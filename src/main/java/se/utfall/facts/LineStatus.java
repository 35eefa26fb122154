package se.utfall.facts;

/**
 * What a decision line means for the money. The first is the gross entitlement; the others are
 * adjustments that explain why the net differs from it.
 */
public enum LineStatus {
    /** An amount the clause entitles a party to. */
    PAYABLE,
    /** The clause was assessed and its condition was not met: zero, with the reason. */
    NOT_ACHIEVED,
    /** The figures needed are missing or too weak to settle on: never a silent zero. */
    INSUFFICIENT_DATA,
    /** A cap reduced what would otherwise be paid. */
    CAPPED,
    /** Held back until a condition (e.g. independent verification) is met. */
    WITHHELD,
    /** A hold from an earlier year, now paid out. */
    RELEASED,
    /** An earlier payment recovered. */
    CLAWED_BACK,
    /**
     * A part of the amount a safeguard does not count as the clause's effect: a change within the
     * survey's sampling margin, or one that happened in the comparison group too.
     */
    NOT_COUNTED
}
