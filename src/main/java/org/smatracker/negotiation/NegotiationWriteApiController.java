package org.smatracker.negotiation;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.smatracker.edit.RecordWriteApiController;
import org.smatracker.edit.WriteApi;

/** The talks form for scripts: {@code /api/v1/negotiations}, the same checks as the pages. */
@RestController
@RequestMapping("/api/v1/negotiations")
class NegotiationWriteApiController extends RecordWriteApiController.BySmaNumber<NegotiationForm, Negotiation> {

	NegotiationWriteApiController(NegotiationEditService editor, WriteApi api) {
		super(editor, api, "negotiationForm", saved -> "/negotiations/" + saved.getSmaNumber());
	}

}
