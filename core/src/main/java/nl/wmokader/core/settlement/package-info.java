/**
 * Settlement: claims and their validation, settlement per member municipality and month, regional
 * cost allocation, the personal contribution, and budget and forecast. Downstream of indication,
 * whose assignments claims refer to.
 */
package nl.wmokader.core.settlement;
