#pragma once
// espeak-ng's library, loaded the first time something is read aloud. Linked, it would bring in
// PulseAudio, D-Bus and X11 libraries (through libpcaudio: 29 libraries mockround never calls,
// as it takes the samples itself) and more than double the start of every command.
#include <espeak-ng/speak_lib.h>

namespace mockround::audio {

struct EspeakLibrary {
    decltype(&espeak_Initialize) initialize;
    decltype(&espeak_SetVoiceByName) set_voice_by_name;
    decltype(&espeak_SetParameter) set_parameter;
    decltype(&espeak_SetSynthCallback) set_synth_callback;
    decltype(&espeak_Synth) synth;
    decltype(&espeak_Terminate) terminate;
};

// DeviceError when libespeak-ng is not installed.
const EspeakLibrary& espeak_library();

}  // namespace mockround::audio
