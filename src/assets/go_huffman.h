// GoHuffmanEncoder and GoHuffmanBitWriter: the entropy-coding half of a DEFLATE compressor
// that emits exactly the bits Go 1.19's compress/flate does, so that images kiln encodes are
// byte-identical to hugo's. The encoder builds length-limited canonical codes the way Go
// does (its leaf-counting variant of package-merge, ties broken by symbol), and the bit
// writer chooses between stored, fixed and dynamic blocks by the same size estimates and
// hands its output to the sink in the same pieces. Objects are single-threaded; the sink
// outlives the writer.
#ifndef KILN_ASSETS_GO_HUFFMAN_H_
#define KILN_ASSETS_GO_HUFFMAN_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace kiln::assets {

// A DEFLATE token: a literal byte (or the end-of-block marker 256), or a match of
// `length` (3..258) at `distance` (1..32768) bytes back.
struct DeflateToken {
  uint16_t literal_or_length;  // literal when !is_match; the match length otherwise
  uint16_t distance;           // 0 for literals
  bool is_match;
};

struct HuffmanCode {
  uint16_t code = 0;  // bit-reversed, ready to be written LSB first
  uint16_t len = 0;
};

class GoHuffmanEncoder {
 public:
  explicit GoHuffmanEncoder(int size) : codes_(size) {}

  // Codes for `freq` (symbols with frequency 0 get length 0), no longer than `max_bits`.
  void Generate(const std::vector<int32_t>& freq, int max_bits);
  // The bits `freq` costs under these codes.
  int BitLength(const std::vector<int32_t>& freq) const;

  const std::vector<HuffmanCode>& codes() const { return codes_; }
  std::vector<HuffmanCode>& mutable_codes() { return codes_; }

 private:
  std::vector<HuffmanCode> codes_;
};

// The sink receives every byte the writer emits, in the writes Go's writer makes.
using ByteSink = std::function<void(std::string_view)>;

class GoHuffmanBitWriter {
 public:
  explicit GoHuffmanBitWriter(ByteSink sink);

  // One block of `tokens` (without the end marker); `input` is the raw bytes they encode, or
  // nullopt when those are no longer in the window (the block cannot then be stored).
  void WriteBlock(std::vector<DeflateToken> tokens, bool eof,
                  std::optional<std::string_view> input);
  void WriteStoredHeader(int length, bool eof);
  void WriteBytes(std::string_view bytes);
  void Flush();

 private:
  void WriteBits(uint32_t bits, unsigned nbits);
  void WriteCode(HuffmanCode c) { WriteBits(c.code, c.len); }
  void EmitFull();
  void IndexTokens(const std::vector<DeflateToken>& tokens, int* num_literals, int* num_offsets);
  void GenerateCodegen(int num_literals, int num_offsets);
  int DynamicSize(int extra_bits, int* num_codegens) const;
  void WriteDynamicHeader(int num_literals, int num_offsets, int num_codegens, bool eof);
  void WriteTokens(const std::vector<DeflateToken>& tokens, const GoHuffmanEncoder& lit,
                   const GoHuffmanEncoder& off);

  ByteSink sink_;
  uint64_t bits_ = 0;
  unsigned nbits_ = 0;
  uint8_t bytes_[248] = {};
  int nbytes_ = 0;
  std::vector<int32_t> literal_freq_;
  std::vector<int32_t> offset_freq_;
  std::vector<int32_t> codegen_freq_;
  std::vector<uint8_t> codegen_;
  GoHuffmanEncoder literal_encoding_;
  GoHuffmanEncoder offset_encoding_;
  GoHuffmanEncoder codegen_encoding_;
};

}  // namespace kiln::assets

#endif  // KILN_ASSETS_GO_HUFFMAN_H_
