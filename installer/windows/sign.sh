#!/usr/bin/env bash
# Authenticode-sign one Windows program in place with osslsigncode:
#   KINERJA_SIGN_CERT=cert.pfx KINERJA_SIGN_PASS=... bash installer/windows/sign.sh FILE.exe
# The certificate is a PKCS#12 file (.pfx/.p12) with its private key. KINERJA_SIGN_TS: the
# RFC 3161 timestamp server (default DigiCert's); empty: no timestamp (a signature without one
# becomes invalid when the certificate expires). build_windows.sh checks once whether the
# server is reachable and empties it when not (CI has no network). Used by build_windows.sh
# for KinerjaKecamatan.exe and, through makensis (!uninstfinalize, !finalize), for the
# uninstaller and the setup.
set -euo pipefail
file="$1"
: "${KINERJA_SIGN_CERT:?KINERJA_SIGN_CERT: berkas sertifikat .pfx belum diberikan}"
ts="${KINERJA_SIGN_TS-http://timestamp.digicert.com}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# the password goes through a file only this user can read, never on a command line
( umask 077; printf '%s' "${KINERJA_SIGN_PASS:-}" > "$tmp/pass" )
args=(sign -pkcs12 "$KINERJA_SIGN_CERT" -readpass "$tmp/pass" -h sha256 -n "Kinerja Kecamatan")
[ -n "$ts" ] && args+=(-ts "$ts")
osslsigncode "${args[@]}" -in "$file" -out "$tmp/signed" >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; }
cat "$tmp/signed" > "$file"  # in place, keeping the file's own permissions
echo "ditandatangani: $file${ts:+ (cap waktu $ts)}"
