#include "hugo/funcs/funcs.h"

namespace kiln::funcs {

void RegisterAllFuncs(tmpl::FuncMap* funcs) {
  RegisterCompareFuncs(funcs);
  RegisterCastFuncs(funcs);
  RegisterMathFuncs(funcs);
  RegisterSafeFuncs(funcs);
  RegisterCryptoFuncs(funcs);
  RegisterEncodingFuncs(funcs);
  RegisterPathFuncs(funcs);
  RegisterStringsFuncs(funcs);
  RegisterFmtFuncs(funcs);
  RegisterReflectFuncs(funcs);
  RegisterUrlsFuncs(funcs);
  RegisterCollectionsFuncs(funcs);
  RegisterTimeFuncs(funcs);
  RegisterInflectFuncs(funcs);
  RegisterLangFuncs(funcs);
  RegisterDebugFuncs(funcs);
  RegisterHugoFuncs(funcs);
  RegisterApplyFunc(funcs);
  RegisterTransformFuncs(funcs);
}

}  // namespace kiln::funcs
