package org.smatracker.money;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.smatracker.edit.RecordWriteApiController;
import org.smatracker.edit.WriteApi;

/** The exchange-rate form for scripts: {@code /api/v1/exchange-rates}, the same checks as the pages. */
@RestController
@RequestMapping("/api/v1/exchange-rates")
class ExchangeRateWriteApiController extends RecordWriteApiController.ById<ExchangeRateForm, ExchangeRate> {

	ExchangeRateWriteApiController(ExchangeRateEditService editor, WriteApi api) {
		super(editor, api, "exchangeRateForm", saved -> "/exchange-rates#rate-" + saved.getYear());
	}

}
