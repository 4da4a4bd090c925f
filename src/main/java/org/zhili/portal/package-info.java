/**
 * The public pages (no sign-in, phone first): residents and enterprises submit requests, track them with a
 * tracking number and query code, rate the reply, and read the district's published figures. Cases are
 * registered and read through the cases module's public API ({@link org.zhili.cases.PublicRequests}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = { "cases", "identity", "inspection", "opendata", "org", "platform", "process" })
package org.zhili.portal;
