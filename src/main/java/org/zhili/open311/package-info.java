/**
 * Open311 GeoReport v2 under {@code /open311/v2}: discovery, services and their definitions, posting requests
 * with an API key, and reading requests — in XML and JSON, with the specification's errors. Requests are
 * registered and read through the cases module's public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open311", allowedDependencies = { "cases", "identity", "org", "platform" })
package org.zhili.open311;
