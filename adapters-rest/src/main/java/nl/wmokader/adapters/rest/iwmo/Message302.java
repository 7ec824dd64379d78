package nl.wmokader.adapters.rest.iwmo;

import java.time.LocalDate;
import java.util.List;

/**
 * A 302 as read: the header of the 301 it answers as the 302 repeats it, the 302's own
 * identification, dagtekening and XSD versions, the header's retourcodes, and the technical problems
 * the reader found. The body (the 301's client and products with their retourcodes) is not read.
 */
record Message302(IwmoHeader answered, String identification, LocalDate dagtekening, String basisXsdVersion,
                  String messageXsdVersion, List<String> codes, List<String> problems) {}
