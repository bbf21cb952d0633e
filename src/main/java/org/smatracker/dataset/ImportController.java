package org.smatracker.dataset;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** An analyst uploads the export format: a zip replaces the dataset, one table's CSV adds rows. */
@Controller
class ImportController {

	static final String VIEW = "dataset/import";

	private final DatasetImporter importer;

	ImportController(DatasetImporter importer) {
		this.importer = importer;
	}

	@GetMapping("/manage/import")
	String page(Model model) {
		model.addAttribute("tables", DatasetTables.names());
		return VIEW;
	}

	@PostMapping("/manage/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		model.addAttribute("tables", DatasetTables.names());
		if (file == null || file.isEmpty()) {
			model.addAttribute("noFile", true);
			return VIEW;
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		model.addAttribute("report", importer.importFile(file.getOriginalFilename(), file.getBytes()));
		return VIEW;
	}

}
