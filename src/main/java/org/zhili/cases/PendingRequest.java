package org.zhili.cases;

/** A handler's request that waits for the dispatcher's approval. */
public enum PendingRequest {

	RETURN("退单"), EXTENSION("延期"), SUSPENSION("挂账"), VOID("作废");

	private final String label;

	PendingRequest(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
