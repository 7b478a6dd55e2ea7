// Reading the <Error> documents AWS services return, for the S3 and CloudFront clients and
// the fake S3. (Request bodies are escaped with base's XmlEscape.)
// Stateless.
#ifndef KILN_DEPLOY_XML_UTIL_H_
#define KILN_DEPLOY_XML_UTIL_H_

#include <string>
#include <string_view>

#include "base/strings.h"  // XmlEscape, for the request bodies

namespace kiln::deploy {

struct XmlError {
  std::string code;
  std::string message;
  std::string endpoint;  // S3 PermanentRedirect
  std::string region;    // S3 AuthorizationHeaderMalformed / redirects
};

// Reads an S3 <Error> or a CloudFront <ErrorResponse><Error>; fields are empty when absent or
// when the body is not XML.
XmlError ParseXmlError(std::string_view body);

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_XML_UTIL_H_
