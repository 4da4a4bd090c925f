package org.zhili.urban.internal.components;

/** The inventory changed (an import, an edit, the demo's load): the lookup index is built again after the commit. */
record ComponentsChanged(int count) {
}
