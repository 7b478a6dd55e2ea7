// GoDeflater: a DEFLATE compressor whose output is byte-identical to Go 1.19's
// compress/flate at levels 4 to 9 (hash chains over 4-byte hashes, lazy matching, blocks of
// 16384 tokens, stored/fixed/dynamic choice), including the way the bytes reach the sink, so
// that a caller layering Go's buffering on top (PNG's IDAT chunks) splits them as Go does.
// The result depends on how the input is cut into Write calls, as Go's does: feed it the
// same pieces Go's caller would. Single-threaded; the sink outlives the deflater.
#ifndef KILN_ASSETS_GO_DEFLATE_H_
#define KILN_ASSETS_GO_DEFLATE_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "assets/go_huffman.h"

namespace kiln::assets {

class GoDeflater {
 public:
  // `level` is 4..9, or -1 for Go's default (6); others mean the default.
  GoDeflater(int level, ByteSink sink);

  void Write(std::string_view data);
  // Compresses what remains and writes the final (empty, stored) block.
  void Close();

 private:
  struct Level {
    int good, lazy, nice, chain;
  };

  int Fill(std::string_view data);
  void Step();
  void FlushBlock(int index);
  bool FindMatch(int pos, int prev_head, int prev_length, int lookahead, int* length,
                 int* offset) const;
  void InsertHash(int index);

  Level level_;
  GoHuffmanBitWriter writer_;
  bool sync_ = false;
  int chain_head_ = -1;
  std::vector<uint32_t> hash_head_;
  std::vector<uint32_t> hash_prev_;
  int hash_offset_ = 1;
  int index_ = 0;
  std::vector<uint8_t> window_;
  int window_end_ = 0;
  int block_start_ = 0;
  bool byte_available_ = false;
  std::vector<DeflateToken> tokens_;
  int length_ = 3;
  int offset_ = 0;
  int max_insert_index_ = 0;
};

// zlib framing (RFC 1950) around GoDeflater as Go's compress/zlib writes it: the two header
// bytes on the first write, the Adler-32 trailer on Close.
class GoZlibWriter {
 public:
  GoZlibWriter(int level, ByteSink sink);
  void Write(std::string_view data);
  void Close();

 private:
  void WriteHeader();

  int level_;
  ByteSink sink_;
  GoDeflater deflater_;
  bool wrote_header_ = false;
  uint32_t adler_a_ = 1, adler_b_ = 0;
};

}  // namespace kiln::assets

#endif  // KILN_ASSETS_GO_DEFLATE_H_
