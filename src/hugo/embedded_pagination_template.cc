// pagination.html: the Bootstrap-style pager navigation. Called with a page, or with a map
// {"page": page, "format": "default"|"terse"}. "default" shows a window of five pager
// numbers and disabled First/Previous/Next/Last items; "terse" a window of three and
// leaves the disabled items out. kiln's text, printing Hugo 0.111.3's bytes.
#include "hugo/embedded_families.h"

namespace kiln::hugo {
namespace {

// One <li> with a link, or a disabled one. Arguments: the class suffix, the href attribute
// (or disabled attributes) and the label.
#define KILN_ITEM(li_class, a_attrs, label, text)                                            \
  "\n      <li class=\"page-item" li_class "\">\n        <a " a_attrs " aria-label=\"" label \
  "\" class=\"page-link\" role=\"button\">" text "</a>\n      </li>"
#define KILN_LINK(label, glyph) \
  KILN_ITEM("", "href=\"{{ .URL }}\"", label, "<span aria-hidden=\"true\">" glyph "</span>")

// The items of one pager; dot is {"pager": .Paginator, "slots": N, "terse": bool}.
constexpr char kItems[] =
    "{{- define \"_internal/kiln/pager_items\" -}}\n"
    "{{- $terse := .terse -}}{{- $slots := .slots -}}\n"
    "{{- with .pager -}}\n"
    "{{- $pager := . -}}{{- $n := .PageNumber -}}\n"
    "{{- with .First -}}\n"
    "  {{- if ne .PageNumber $n  }}" KILN_LINK("First", "&laquo;&laquo;")
    "{{- else if not $terse }}"
    // The disabled items carry tabindex after the label, so spelled out.
    "\n      <li class=\"page-item disabled\">\n        <a aria-disabled=\"true\" "
    "aria-label=\"First\" class=\"page-link\" role=\"button\" tabindex=\"-1\"><span "
    "aria-hidden=\"true\">&laquo;&laquo;</span></a>\n      </li>"
    "{{- end -}}\n"
    "{{- end -}}\n"
    "{{- with .Prev  }}" KILN_LINK("Previous", "&laquo;")
    "{{- else }}{{ if not $terse  }}"
    "\n      <li class=\"page-item disabled\">\n        <a aria-disabled=\"true\" "
    "aria-label=\"Previous\" class=\"page-link\" role=\"button\" tabindex=\"-1\"><span "
    "aria-hidden=\"true\">&laquo;</span></a>\n      </li>"
    "{{- end }}{{ end -}}\n"
    // A window of $slots numbers around the current pager, kept inside 1..TotalPages.
    "{{- $start := sub $n (div $slots 2) -}}{{- if lt $start 1 }}{{ $start = 1 }}{{ end -}}\n"
    "{{- $end := add $start (sub $slots 1) -}}\n"
    "{{- if gt $end .TotalPages }}{{ $end = .TotalPages }}{{ end -}}\n"
    "{{- if lt (add (sub $end $start) 1) $slots -}}\n"
    "  {{- $start = add (sub $end $slots) 1 -}}{{- if lt $start 1 }}{{ $start = 1 }}{{ end -}}\n"
    "{{- end -}}\n"
    "{{- range $k := seq $start $end -}}\n"
    "  {{- if eq $k $n  }}"
    "\n      <li class=\"page-item active\">\n        <a aria-current=\"page\" "
    "aria-label=\"Page {{ $k }}\" class=\"page-link\" role=\"button\">{{ $k }}</a>\n      </li>"
    "{{- else  }}"
    "\n      <li class=\"page-item\">\n        <a href=\"{{ (index $pager.Pagers (sub $k 1)).URL }}\" "
    "aria-label=\"Page {{ $k }}\" class=\"page-link\" role=\"button\">{{ $k }}</a>\n      </li>"
    "{{- end -}}\n"
    "{{- end -}}\n"
    "{{- with .Next  }}" KILN_LINK("Next", "&raquo;")
    "{{- else }}{{ if not $terse  }}"
    "\n      <li class=\"page-item disabled\">\n        <a aria-disabled=\"true\" "
    "aria-label=\"Next\" class=\"page-link\" role=\"button\" tabindex=\"-1\"><span "
    "aria-hidden=\"true\">&raquo;</span></a>\n      </li>"
    "{{- end }}{{ end -}}\n"
    "{{- with .Last -}}\n"
    "  {{- if ne .PageNumber $n  }}" KILN_LINK("Last", "&raquo;&raquo;")
    "{{- else if not $terse  }}"
    "\n      <li class=\"page-item disabled\">\n        <a aria-disabled=\"true\" "
    "aria-label=\"Last\" class=\"page-link\" role=\"button\" tabindex=\"-1\"><span "
    "aria-hidden=\"true\">&raquo;&raquo;</span></a>\n      </li>"
    "{{- end -}}\n"
    "{{- end -}}\n"
    "{{- end -}}\n"
    "{{- end -}}\n";

constexpr char kPagination[] =
    "{{- $page := . -}}{{- $format := \"default\" -}}\n"
    "{{- if reflect.IsMap . -}}\n"
    "  {{- with .page }}{{ $page = . }}{{ else }}{{ errorf \"When passing a map to the internal "
    "pagination template, one of the elements must be named 'page', and it must be set to the "
    "context of the current page.\" }}{{ end -}}\n"
    "  {{- with .format }}{{ $format = lower . }}{{ end -}}\n"
    "{{- end -}}\n"
    "{{- if not (in (slice \"default\" \"terse\") $format) -}}\n"
    "  {{- errorf \"The 'format' specified in the map passed to the internal pagination "
    "template is invalid. Valid choices are: %s.\" \"default, terse\" -}}\n"
    "{{- else if gt $page.Paginator.TotalPages 1 }}\n"
    "    <ul class=\"pagination pagination-{{ $format }}\">\n"
    "      {{- template \"_internal/kiln/pager_items\" (dict \"pager\" $page.Paginator "
    "\"slots\" (cond (eq $format \"terse\") 3 5) \"terse\" (eq $format \"terse\")) }}\n"
    "    </ul>\n"
    "{{- end -}}\n";

#undef KILN_ITEM
#undef KILN_LINK

}  // namespace

void AppendPaginationTemplate(std::vector<TemplateSource>* out) {
  out->push_back({"_internal/pagination.html", std::string(kPagination) + kItems,
                  "<embedded>/pagination.html"});
}

}  // namespace kiln::hugo
