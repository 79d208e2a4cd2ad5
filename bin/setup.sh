# Sourced by bin/demo and bin/test: finds or installs what the archive needs on a Debian/Ubuntu machine,
# and exports the environment every JVM of the project runs with. Stops with the exact install command
# when it cannot install (not root, or no apt-get).

hoso_die() { echo "hoso: $*" >&2; exit 1; }

# Installs Debian packages when we can; otherwise says exactly what to run.
hoso_install() {
  local missing=("$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "hoso: installing ${missing[*]} (apt-get)…" >&2
    if ! { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
        || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }; }; then
      hoso_die "could not install ${missing[*]}; run: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    fi
  else
    hoso_die "missing ${missing[*]}; run: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
  fi
}

hoso_java_version() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }

# A JDK >= 21: JAVA_HOME first, then the usual install folders, newest first.
hoso_find_jdk() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* /opt/java/* /opt/jdk* 2>/dev/null | sort -rV); do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$(hoso_java_version "$candidate")
    if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"; export PATH="$JAVA_HOME/bin:$PATH"; return 0
    fi
  done
  hoso_die "no JDK 21 or newer found (checked JAVA_HOME and /usr/lib/jvm). Install one, e.g.
  sudo apt-get install -y openjdk-21-jdk        (Debian 13, Ubuntu 24.04)
  or a Temurin 21/25 JDK from your distribution's Adoptium repository, then set JAVA_HOME."
}

# Tesseract 5 with Vietnamese and orientation data; DejaVu fonts for the rendered sample pages.
hoso_find_tesseract() {
  local pkgs=() dir
  ldconfig -p 2>/dev/null | grep -q 'libtesseract\.so\.5' || pkgs+=(tesseract-ocr)
  export HOSO_TESSDATA=""
  for dir in /usr/share/tesseract-ocr/5/tessdata /usr/share/tesseract-ocr/4.00/tessdata /usr/share/tessdata; do
    [ -f "$dir/vie.traineddata" ] && [ -f "$dir/osd.traineddata" ] && { HOSO_TESSDATA="$dir"; break; }
  done
  [ -n "$HOSO_TESSDATA" ] || pkgs+=(tesseract-ocr-vie tesseract-ocr-osd)
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || pkgs+=(fonts-dejavu-core)
  # FreeFont carries the Vietnamese letters the benchmark's page generator varies its typefaces with.
  [ -f /usr/share/fonts/truetype/freefont/FreeSerif.ttf ] || pkgs+=(fonts-freefont-ttf)
  hoso_install "${pkgs[@]}"
  if [ -z "$HOSO_TESSDATA" ]; then
    for dir in /usr/share/tesseract-ocr/5/tessdata /usr/share/tesseract-ocr/4.00/tessdata /usr/share/tessdata; do
      [ -f "$dir/vie.traineddata" ] && { HOSO_TESSDATA="$dir"; break; }
    done
  fi
  [ -n "$HOSO_TESSDATA" ] || hoso_die "Tesseract's vie.traineddata not found after install"
}

hoso_find_maven() {
  command -v mvn >/dev/null 2>&1 || hoso_install maven
}

hoso_find_chromium() {
  local pkgs=()
  command -v chromium >/dev/null 2>&1 || pkgs+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || pkgs+=(chromium-driver)
  hoso_install "${pkgs[@]}"
}

# Tesseract's OpenMP threads fight our one-engine-per-worker parallelism; this can't be set from Java.
export OMP_THREAD_LIMIT=1
HOSO_JVM_FLAGS="--enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector"
