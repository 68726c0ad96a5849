#include "audio/espeak_library.hpp"

#include <dlfcn.h>

#include <string>

#include "audio/pcm.hpp"

namespace mockround::audio {

namespace {

constexpr const char* library_name = "libespeak-ng.so.1";

template <typename Function>
void find(void* library, const char* name, Function& function) {
    function = reinterpret_cast<Function>(dlsym(library, name));
    if (!function)
        throw DeviceError(std::string(library_name) + " has no " + name +
                          ": is the espeak-ng library (libespeak-ng1) damaged?");
}

EspeakLibrary load() {
    // Kept for the whole process: espeak-ng's state lives in it.
    void* library = dlopen(library_name, RTLD_NOW | RTLD_LOCAL);
    if (!library)
        throw DeviceError(std::string("cannot read aloud: ") + dlerror() +
                          " (install libespeak-ng1)");
    EspeakLibrary espeak{};
    find(library, "espeak_Initialize", espeak.initialize);
    find(library, "espeak_SetVoiceByName", espeak.set_voice_by_name);
    find(library, "espeak_SetParameter", espeak.set_parameter);
    find(library, "espeak_SetSynthCallback", espeak.set_synth_callback);
    find(library, "espeak_Synth", espeak.synth);
    find(library, "espeak_Terminate", espeak.terminate);
    return espeak;
}

}  // namespace

const EspeakLibrary& espeak_library() {
    static const EspeakLibrary espeak = load();
    return espeak;
}

}  // namespace mockround::audio
