#include "hugo/funcs/funcs.h"

namespace kiln::funcs {

void RegisterAllFuncs(tmpl::FuncMap* funcs) {
  RegisterCompareFuncs(funcs);
  RegisterCastFuncs(funcs);
  RegisterMathFuncs(funcs);
}

}  // namespace kiln::funcs
