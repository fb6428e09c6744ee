#pragma once

#include <QString>

class QWidget;

namespace micro::ui {

// The sentence encoder's folder as the app uses it: the folder chosen in Settings >
// Sentence Encoder Folder (remembered), else what EncoderPackage::locate finds
// ($MICRO_ENCODER_DIR, the standard data locations). Empty when neither holds the package.
QString encoderFolder();

// Settings > Sentence Encoder Folder…: asks for a folder, checks it holds the package, and
// remembers it (an empty choice goes back to the standard locations).
void chooseEncoderFolder(QWidget *parent);

} // namespace micro::ui
