package org.zhili.process.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Photos;

/** The photos of every loop in {@code process.photo}, kept re-encoded ({@link PhotoImages}). */
@Repository
@Transactional
class PhotoStore implements Photos {

	private static final String COLUMNS = "id, loop, item_id, step, file_name, content_type, size_bytes, sha256, "
			+ "uploaded_by, uploaded_at";

	private final JdbcClient jdbc;
	private final PhotosProperties properties;

	PhotoStore(JdbcClient jdbc, PhotosProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Override
	public Photo store(String loop, long itemId, Long step, String fileName, byte[] upload, String uploadedBy,
			Instant at) {
		if (upload == null || upload.length == 0) {
			throw ApiProblem.badInput("file", "empty_file", "上传的文件是空的");
		}
		if (upload.length > properties.maxBytes()) {
			throw ApiProblem.badInput("file", "file_too_large", "照片不能超过 " + megabytes(properties.maxBytes()) + " MB");
		}
		// uploads to one item take turns, so two at once cannot both take the last place
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:item, 0))")
			.param("item", "photo:" + loop + ":" + itemId)
			.query()
			.listOfRows();
		if (count(loop, itemId) >= properties.maxPerItem()) {
			throw ApiProblem.badInput("file", "too_many_files", "照片已达上限：每项最多 " + properties.maxPerItem() + " 张");
		}
		PhotoImages.Clean clean = PhotoImages.clean(fileName, upload, properties);
		long id = jdbc.sql("""
				insert into process.photo (loop, item_id, step, file_name, content_type, size_bytes, sha256, content,
				                           uploaded_by, uploaded_at)
				values (:loop, :item, :step, :name, :type, :size, :sha, :content, :by, :at) returning id""")
			.param("loop", loop)
			.param("item", itemId)
			.param("step", step)
			.param("name", clean.fileName())
			.param("type", clean.contentType())
			.param("size", clean.bytes().length)
			.param("sha", clean.sha256())
			.param("content", clean.bytes())
			.param("by", uploadedBy)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		return new Photo(id, loop, itemId, step, clean.fileName(), clean.contentType(), clean.bytes().length,
				clean.sha256(), uploadedBy, at);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Photo> of(String loop, long itemId) {
		return jdbc.sql("select " + COLUMNS + " from process.photo where loop = :loop and item_id = :item order by id")
			.param("loop", loop)
			.param("item", itemId)
			.query(PhotoStore::photo)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Integer> counts(String loop, Collection<Long> itemIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (itemIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("select item_id, count(*) from process.photo where loop = :loop and item_id in (:items) group by item_id")
			.param("loop", loop)
			.param("items", itemIds)
			.query(rs -> {
				counts.put(rs.getLong(1), rs.getInt(2));
			});
		return counts;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Content> content(String loop, long itemId, long photoId) {
		return jdbc.sql("""
				select file_name, content_type, content from process.photo
				where id = :id and loop = :loop and item_id = :item""")
			.param("id", photoId)
			.param("loop", loop)
			.param("item", itemId)
			.query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	private int count(String loop, long itemId) {
		return jdbc.sql("select count(*) from process.photo where loop = :loop and item_id = :item")
			.param("loop", loop)
			.param("item", itemId)
			.query(Integer.class)
			.single();
	}

	private static long megabytes(int bytes) {
		return Math.max(1, bytes / 1024 / 1024);
	}

	private static Photo photo(ResultSet rs, int n) throws SQLException {
		Long step = rs.getObject("step", Long.class);
		return new Photo(rs.getLong("id"), rs.getString("loop"), rs.getLong("item_id"), step,
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
	}
}
