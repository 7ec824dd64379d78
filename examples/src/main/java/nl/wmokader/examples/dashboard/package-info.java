/**
 * The regional dashboard of the example service: a static page (HTML, CSS, JavaScript) and the
 * ECharts library from its WebJar, served from the class path under {@code /dashboard} with a
 * Content-Security-Policy that allows this origin only. The page holds no data: it reads the API's
 * aggregate resources with the bearer token its user pastes, and follows the API's change stream.
 */
package nl.wmokader.examples.dashboard;
