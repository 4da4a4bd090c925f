package org.zhili.routing.internal;

import org.springframework.stereotype.Component;
import org.zhili.platform.WakeUp;

/** Wakes routing's consumers when cases were queued on this node (other nodes' cases are found by polling). */
@Component
class RoutingSignal extends WakeUp {
}
