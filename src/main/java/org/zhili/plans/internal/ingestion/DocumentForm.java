package org.zhili.plans.internal.ingestion;

import org.zhili.process.Labelled;

/**
 * The form a document was read as. It decides which reader structured it, and the parser's acceptance rate is
 * counted per form (a reviewer's edits to a 新闻简报 say little about outlines).
 */
public enum DocumentForm implements Labelled {

	/** 一、（一）1. numbered outline: work points and work reports. */
	OUTLINE("编号提纲"),
	/** Sections as bold or short stand-alone lines, or 一要…二要…, without numbers. */
	HEADINGS("无编号标题"),
	/** Resolutions and speeches in continuous paragraphs. */
	PROSE("连续文字"),
	/** News items and briefings: figures are results. */
	NEWS("新闻简报"),
	/** Numbered lists of projects with responsible units (民心工程). */
	LIST("项目清单"),
	/** 任务分解表: task, lead unit, co-units, deadline in columns. */
	TASK_TABLE("任务分解表");

	private final String label;

	DocumentForm(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
