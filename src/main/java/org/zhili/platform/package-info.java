/**
 * Web platform shared by every module: the data directory and its embedded database, RFC 9457 problem
 * answers, request ids, locale switching, the page layout and the navigation each module contributes to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.zhili.platform;
