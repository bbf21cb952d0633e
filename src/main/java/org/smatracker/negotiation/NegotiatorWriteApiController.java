package org.smatracker.negotiation;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.smatracker.edit.RecordWriteApiController;
import org.smatracker.edit.WriteApi;

/** The negotiator form for scripts: {@code /api/v1/negotiators}, the same checks as the pages. */
@RestController
@RequestMapping("/api/v1/negotiators")
class NegotiatorWriteApiController extends RecordWriteApiController.ById<NegotiatorForm, Negotiator> {

	NegotiatorWriteApiController(NegotiatorEditService editor, WriteApi api) {
		super(editor, api, "negotiatorForm", saved -> "/negotiators/" + saved.getId());
	}

}
