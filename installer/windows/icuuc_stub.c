/* Test-only stand-in for Windows 10's icuuc.dll, which Wine lacks (see WINDOWS-BUILD.md).
   Every ICU converter call fails, so Qt falls back to its own codecs. Never shipped:
   installer/build_windows.sh puts it in the throw-away Wine prefix only. */
#define EXPORT __declspec(dllexport)
typedef void *P;
static void fail(P err) { if (err) *(int *)err = 4; /* U_FILE_ACCESS_ERROR */ }
EXPORT P ucnv_open(P name, P err) { fail(err); return 0; }
EXPORT P ucnv_getStandardName(P name, P standard, P err) { fail(err); return 0; }
EXPORT int ucnv_countAvailable(void) { return 0; }
EXPORT P ucnv_getAvailableName(int n) { return 0; }
#define STUB(name) EXPORT P name(P a, P b, P c, P d, P e, P f, P g, P h) { return 0; }
STUB(ucnv_close) STUB(UCNV_FROM_U_CALLBACK_SUBSTITUTE) STUB(UCNV_TO_U_CALLBACK_SUBSTITUTE) STUB(ucnv_reset)
STUB(ucnv_getMaxCharSize) STUB(ucnv_getName) STUB(ucnv_getToUCallBack) STUB(ucnv_getFromUCallBack)
STUB(ucnv_setToUCallBack) STUB(ucnv_setFromUCallBack) STUB(ucnv_cbToUWriteUChars) STUB(ucnv_toUnicode)
STUB(ucnv_cbFromUWriteUChars) STUB(ucnv_toUCountPending) STUB(ucnv_fromUCountPending) STUB(ucnv_fromUnicode)
