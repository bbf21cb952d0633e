package org.smatracker.agreement;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.smatracker.edit.RecordWriteApiController;
import org.smatracker.edit.WriteApi;

/** The agreement form for scripts: {@code /api/v1/agreements}, the same checks as the pages. */
@RestController
@RequestMapping("/api/v1/agreements")
class AgreementWriteApiController extends RecordWriteApiController.BySmaNumber<AgreementForm, Agreement> {

	AgreementWriteApiController(AgreementEditService editor, WriteApi api) {
		super(editor, api, "agreementForm", saved -> "/agreements/" + saved.getSmaNumber());
	}

}
