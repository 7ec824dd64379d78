/**
 * The indication subdomain's resources: cases ({@code /api/v1/indications}) from report or
 * application to decision and objection, and the overdue intake steps ({@code
 * /api/v1/overdue-items}), every case with the due dates of its terms; assignments ({@code
 * /api/v1/assignments}: issue, read, list, search, extend, change the volume, delete), the
 * provider's delivery reports on them, {@code /api/v1/waiting-times} and {@code
 * /api/v1/waiting-time-norm-breaches}; providers' requests ({@code /api/v1/assignment-requests},
 * {@code /api/v1/assignment-change-requests}: submit, read, list, grant, refuse). Request records parse the JSON strictly, DTO records map the
 * domain out, the use cases check the rules. A BSN travels only in bodies, never in a URL.
 */
package nl.wmokader.adapters.rest.indication;
