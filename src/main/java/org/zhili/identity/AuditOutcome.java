package org.zhili.identity;

public enum AuditOutcome {
	SUCCESS, FAILURE, DENIED
}
