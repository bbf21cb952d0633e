package org.smatracker.source;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.smatracker.edit.RecordWriteApiController;
import org.smatracker.edit.WriteApi;

/** The source form for scripts: {@code /api/v1/sources}, the same checks as the pages. */
@RestController
@RequestMapping("/api/v1/sources")
class SourceWriteApiController extends RecordWriteApiController.ById<SourceForm, Source> {

	SourceWriteApiController(SourceService editor, WriteApi api) {
		super(editor, api, "sourceForm", saved -> "/sources/" + saved.getId());
	}

}
