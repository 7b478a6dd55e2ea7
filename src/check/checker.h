// RunCheck: the `kiln check` entry point. Inspects a built site (an output directory) and
// reports broken internal links and resources, fragments that name no id, sitemap and feed
// URLs that lead nowhere, mixed content, pages over the weight budget, and warnings for
// markup problems; with ExternalOptions::enabled, external links too.
//
// Works in phases over one SiteIndex: scan every HTML, CSS and XML file in parallel (one
// HtmlScanner per thread), then resolve every reference in parallel against the frozen
// facts, then sum page weights. Reads go through `fs`; the external-link cache, if any, is
// written through it too. RunCheck is thread-safe with respect to other calls.
#ifndef KILN_CHECK_CHECKER_H_
#define KILN_CHECK_CHECKER_H_

#include "base/clock.h"
#include "base/file_system.h"
#include "base/status.h"
#include "check/check_options.h"
#include "check/finding.h"

namespace kiln::check {

// Fails only when the check cannot run (no such directory, bad baseURL); problems in the
// site are findings in the report. `clock` dates entries of the external-link cache.
StatusOr<CheckReport> RunCheck(const CheckOptions& options, FileSystem& fs, const Clock& clock);

}  // namespace kiln::check

#endif  // KILN_CHECK_CHECKER_H_
