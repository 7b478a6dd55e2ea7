#include "markdown/toc.h"


namespace kiln::markdown {
namespace {

struct Node {
  const Heading* heading = nullptr;  // null for a placeholder at a skipped level
  std::vector<Node> children;
};

// Places h at depth `depth` below root row `row`, creating placeholders for skipped levels
// along the path of last children, as Hugo does.
void AddAt(std::vector<Node>* roots, const Heading* h, size_t row, int depth) {
  while (roots->size() <= row) roots->push_back(Node{});
  if (depth == 0) {
    (*roots)[row].heading = h;
    return;
  }
  Node* node = &(*roots)[row];
  for (int i = 1; i < depth; ++i) {
    if (node->children.empty()) node->children.push_back(Node{});
    node = &node->children.back();
  }
  node->children.push_back(Node{h, {}});
}

class Writer {
 public:
  Writer(int start, int end, bool ordered) : start_(start), end_(end), ordered_(ordered) {}

  void Level(int level, int indent, const std::vector<Node>& nodes) {
    if (level < start_) {
      for (const Node& n : nodes) Level(level + 1, indent, n.children);
      return;
    }
    if (end_ != -1 && level > end_) return;
    if (!nodes.empty()) {
      out_.push_back('\n');
      Indent(indent + 1);
      out_.append(ordered_ ? "<ol>\n" : "<ul>\n");
    }
    for (const Node& n : nodes) Item(level + 1, indent + 2, n);
    if (!nodes.empty()) {
      Indent(indent + 1);
      out_.append(ordered_ ? "</ol>\n" : "</ul>\n");
      Indent(indent);
    }
  }

  std::string Take() { return std::move(out_); }
  void Append(std::string_view s) { out_.append(s); }

 private:
  void Item(int level, int indent, const Node& n) {
    Indent(indent);
    out_.append("<li>");
    if (n.heading != nullptr && !(n.heading->id.empty() && n.heading->html.empty())) {
      out_.append("<a href=\"#").append(n.heading->id).append("\">");
      out_.append(n.heading->html).append("</a>");
    }
    Level(level, indent, n.children);
    out_.append("</li>\n");
  }

  void Indent(int n) { out_.append(2 * n, ' '); }

  int start_, end_;
  bool ordered_;
  std::string out_;
};

}  // namespace

std::string TableOfContents(const std::vector<Heading>& headings, int start_level,
                            int end_level, bool ordered) {
  std::vector<Node> roots;
  size_t row = 0;
  bool first = true;
  for (const Heading& h : headings) {
    if (!first && h.level == 1) ++row;
    first = false;
    AddAt(&roots, &h, row, h.level - 1);
  }
  Writer w(start_level, end_level, ordered);
  w.Append("<nav id=\"TableOfContents\">");
  w.Level(1, 0, roots);
  w.Append("</nav>");
  return w.Take();
}

}  // namespace kiln::markdown
