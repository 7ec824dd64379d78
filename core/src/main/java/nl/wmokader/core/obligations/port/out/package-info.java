/** The obligations' driven ports: its stores, and what it learns from the subdomains upstream of it (turnover, activity, findings, reportable events). */
package nl.wmokader.core.obligations.port.out;
