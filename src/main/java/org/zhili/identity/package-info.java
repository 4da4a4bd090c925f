/**
 * Accounts, sign-in, roles and data scopes, the tamper-evident audit trail and the handling of personal
 * data (masking on every surface, encryption at rest). Other modules use {@link org.zhili.identity.Actor},
 * {@link org.zhili.identity.DataScope}, {@link org.zhili.identity.AuditTrail} and
 * {@link org.zhili.identity.PersonalData}; the org module answers {@link org.zhili.identity.OrgUnitDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "platform" })
package org.zhili.identity;
