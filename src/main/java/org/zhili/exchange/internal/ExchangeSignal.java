package org.zhili.exchange.internal;

import org.springframework.stereotype.Component;
import org.zhili.platform.WakeUp;

/** Wakes the relay when messages were committed on this node (other nodes' are found by polling). */
@Component
class ExchangeSignal extends WakeUp {
}
