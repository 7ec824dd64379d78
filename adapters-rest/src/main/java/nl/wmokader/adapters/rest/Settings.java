package nl.wmokader.adapters.rest;

import io.javalin.http.Context;

/** What every request of the API shares: the base path, the version header value and the options. */
record Settings(String basePath, String apiVersion, RestOptions options) {

  /** The request path without the servlet context path, as routes are matched. */
  static String relativePath(Context ctx) {
    String path = ctx.path();
    String contextPath = ctx.contextPath();
    if (contextPath != null && !contextPath.isEmpty() && !contextPath.equals("/") && path.startsWith(contextPath)) {
      return path.substring(contextPath.length());
    }
    return path;
  }

  boolean isApi(Context ctx) {
    String path = relativePath(ctx);
    return path.equals(basePath) || path.startsWith(basePath + "/");
  }
}
