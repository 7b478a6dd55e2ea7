#include "highlight/xml_grammar.h"

#include <cstdlib>
#include <pugixml.hpp>
#include <string>

namespace kiln::highlight {
namespace {

std::string_view Name(const pugi::xml_node& node) { return node.name(); }

LexerConfig ConfigFrom(const pugi::xml_node& config) {
  LexerConfig out;
  for (pugi::xml_node child : config.children()) {
    std::string_view name = Name(child);
    std::string text = child.text().as_string();
    if (name == "name") {
      out.name = text;
    } else if (name == "alias") {
      out.aliases.push_back(text);
    } else if (name == "filename") {
      out.filenames.push_back(text);
    } else if (name == "alias_filename") {
      out.alias_filenames.push_back(text);
    } else if (name == "mime_type") {
      out.mime_types.push_back(text);
    } else if (name == "case_insensitive") {
      out.case_insensitive = child.text().as_bool();
    } else if (name == "dot_all") {
      out.dot_all = child.text().as_bool();
    } else if (name == "not_multiline") {
      out.not_multiline = child.text().as_bool();
    } else if (name == "ensure_nl") {
      out.ensure_nl = child.text().as_bool();
    } else if (name == "priority") {
      out.priority = child.text().as_float();
    }
  }
  return out;
}

// Chroma repeats an attribute to give a list (state="a" state="b").
std::vector<std::string> AttributeList(const pugi::xml_node& node, std::string_view attr) {
  std::vector<std::string> out;
  for (pugi::xml_attribute a : node.attributes()) {
    if (attr == a.name()) out.push_back(a.value());
  }
  return out;
}

StatusOr<EmitterDef> EmitterFrom(const pugi::xml_node& node);

Status EmittersFrom(const pugi::xml_node& parent, std::vector<EmitterDef>& out) {
  for (pugi::xml_node child : parent.children()) {
    if (child.type() != pugi::node_element) continue;
    ASSIGN_OR_RETURN(EmitterDef e, EmitterFrom(child));
    out.push_back(std::move(e));
  }
  return Status::Ok();
}

// Returns an emitter of kind kNone when the element is not an emitter.
StatusOr<EmitterDef> EmitterFrom(const pugi::xml_node& node) {
  std::string_view name = Name(node);
  EmitterDef e;
  if (name == "token") {
    std::string type = node.attribute("type").value();
    std::optional<TokenType> t = TokenTypeFromName(type);
    if (!t) return InvalidArgumentError("unknown token type " + type);
    e = EmitterDef::Token(*t);
  } else if (name == "bygroups") {
    e.kind = EmitterDef::Kind::kByGroups;
    RETURN_IF_ERROR(EmittersFrom(node, e.children));
  } else if (name == "using") {
    e.kind = EmitterDef::Kind::kUsing;
    e.name = node.attribute("lexer").value();
  } else if (name == "usingself") {
    e.kind = EmitterDef::Kind::kUsingSelf;
    e.name = node.attribute("state").value();
  } else if (name == "usingbygroup") {
    e.kind = EmitterDef::Kind::kUsingByGroup;
    e.name_group = node.child("sublexer_name_group").text().as_int();
    e.code_group = node.child("code_group").text().as_int();
    RETURN_IF_ERROR(EmittersFrom(node.child("emitters"), e.children));
  } else {
    return InvalidArgumentError("unknown emitter <" + std::string(name) + ">");
  }
  return e;
}

bool IsMutator(std::string_view name) {
  return name == "push" || name == "pop" || name == "include" || name == "combined" ||
         name == "mutators";
}

MutatorDef MutatorFrom(const pugi::xml_node& node) {
  std::string_view name = Name(node);
  MutatorDef m;
  if (name == "push") {
    m.kind = MutatorDef::Kind::kPush;
    m.states = AttributeList(node, "state");
  } else if (name == "pop") {
    m.kind = MutatorDef::Kind::kPop;
    m.depth = node.attribute("depth").as_int();
  } else if (name == "include") {
    m.kind = MutatorDef::Kind::kInclude;
    m.states = AttributeList(node, "state");
  } else if (name == "combined") {
    m.kind = MutatorDef::Kind::kCombined;
    m.states = AttributeList(node, "state");
  } else {
    m.kind = MutatorDef::Kind::kMultiple;
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_element) m.children.push_back(MutatorFrom(child));
    }
  }
  return m;
}

StatusOr<RuleDef> RuleFrom(const pugi::xml_node& node) {
  RuleDef rule;
  rule.pattern = node.attribute("pattern").value();
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (IsMutator(Name(child))) {
      if (rule.mutator.kind != MutatorDef::Kind::kNone) {
        return InvalidArgumentError("duplicate mutator");
      }
      rule.mutator = MutatorFrom(child);
      continue;
    }
    if (rule.emitter.kind != EmitterDef::Kind::kNone) {
      return InvalidArgumentError("duplicate emitter");
    }
    ASSIGN_OR_RETURN(rule.emitter, EmitterFrom(child));
  }
  return rule;
}

StatusOr<pugi::xml_node> LexerNode(std::string_view xml, pugi::xml_document& doc) {
  pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
  if (!parsed)
    return InvalidArgumentError(std::string("invalid lexer XML: ") + parsed.description());
  pugi::xml_node lexer = doc.child("lexer");
  if (!lexer) return InvalidArgumentError("invalid lexer XML: no <lexer> element");
  return lexer;
}

}  // namespace

StatusOr<LexerConfig> ParseXmlLexerConfig(std::string_view xml) {
  size_t begin = xml.find("<config>");
  size_t end = xml.find("</config>");
  if (begin == std::string_view::npos || end == std::string_view::npos || end < begin) {
    return InvalidArgumentError("could not find <config> element");
  }
  std::string_view slice = xml.substr(begin, end + 9 - begin);
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(slice.data(), slice.size());
  if (!parsed)
    return InvalidArgumentError(std::string("invalid lexer XML: ") + parsed.description());
  return ConfigFrom(doc.child("config"));
}

StatusOr<GrammarDef> ParseXmlGrammar(std::string_view xml) {
  pugi::xml_document doc;
  ASSIGN_OR_RETURN(pugi::xml_node lexer, LexerNode(xml, doc));
  GrammarDef grammar;
  grammar.config = ConfigFrom(lexer.child("config"));
  for (pugi::xml_node state : lexer.child("rules").children("state")) {
    std::vector<RuleDef> rules;
    for (pugi::xml_node rule : state.children("rule")) {
      StatusOr<RuleDef> r = RuleFrom(rule);
      if (!r.ok()) {
        return std::move(r).status().WithContext("in state " +
                                                 std::string(state.attribute("name").value()));
      }
      rules.push_back(std::move(*r));
    }
    grammar.states.emplace_back(state.attribute("name").value(), std::move(rules));
  }
  return grammar;
}

}  // namespace kiln::highlight
