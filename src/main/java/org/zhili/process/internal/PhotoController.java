package org.zhili.process.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;
import org.zhili.process.PhotoAccess;
import org.zhili.process.Photos;

/**
 * Every loop's photos at one address, {@code GET /api/v1/photos/{loop}/{itemId}/{photoId}}, for readers the loop
 * lets see the item ({@link PhotoAccess}). A loop that declares none, an item the reader may not see and a photo
 * of another item all answer the same 404, so the answer tells nothing of what exists.
 */
@RestController
@RequestMapping("/api/v1/photos")
@PreAuthorize("isAuthenticated()")
@Tag(name = "照片", description = "各业务事项的现场照片（JPEG/PNG，保存前重新编码，去除位置等元数据）")
class PhotoController {

	private final Photos photos;
	private final Map<String, PhotoAccess> access;

	PhotoController(Photos photos, List<PhotoAccess> access) {
		this.photos = photos;
		this.access = access.stream().collect(Collectors.toMap(PhotoAccess::loop, Function.identity()));
	}

	@GetMapping("/{loop}/{itemId}/{photoId}")
	@Operation(summary = "一张照片（仅限可查看该事项的用户）")
	ResponseEntity<byte[]> photo(@PathVariable String loop, @PathVariable long itemId, @PathVariable long photoId,
			Actor actor) {
		PhotoAccess loopAccess = access.get(loop);
		Optional<Photos.Content> found = loopAccess != null && loopAccess.maySee(actor, itemId)
				? photos.content(loop, itemId, photoId) : Optional.empty();
		Photos.Content content = found.orElseThrow(() -> ApiProblem.notFound("photo_not_found", "照片不存在"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(content.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.bytes());
	}
}
