package org.zhili.process;

import java.util.Set;

import org.zhili.identity.Actor;

/**
 * Units beyond a reader's own whose messages the reader also reads, declared by the loop that addresses them:
 * the cases loop's dispatchers read the command centre's messages, its supervisors the supervision office's.
 */
public interface InboxAudience {

	Set<String> extraUnits(Actor reader);
}
