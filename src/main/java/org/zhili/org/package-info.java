/**
 * The district's organisation and geography: district → street → community → unit grid (网格) with
 * official codes and polygons, the departments (委局办), and locating a point in the tree.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Org", allowedDependencies = { "identity", "platform" })
package org.zhili.org;
