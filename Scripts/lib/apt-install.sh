# Sourced by the set-up scripts: `apt_install WHO PACKAGE…` installs Debian packages quietly with apt-get (its
# package lists updated first), as root or through sudo; without either it stops the script, WHO naming the caller.
apt_install() {
    local who="$1"
    shift
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { echo "$who: need root or sudo to install $*" >&2; exit 1; }
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}
