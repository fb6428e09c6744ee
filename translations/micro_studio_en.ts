<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/guimain.cpp" line="40"/>
        <source>Open a freshly generated demo project and train the demo models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="41"/>
        <source>Run the demo in the terminal without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="42"/>
        <source>Project file to open (or to create for --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="43"/>
        <source>With --demo: save a PNG of the window when the demo is done, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="44"/>
        <source>Project file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="65"/>
        <source>No display: running the demo headless into %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="73"/>
        <source>Runs are stored in %1; open it with micro-studio or inspect it with micro-cli runs --project FILE.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::app</name>
    <message>
        <location filename="../app/clicommands.cpp" line="86"/>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="97"/>
        <source>--%1 expects a whole number, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="108"/>
        <source>--%1 expects a number, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="119"/>
        <source>--seed expects a non-negative whole number, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="129"/>
        <source>--run expects a run id (see &apos;micro-cli runs&apos;), got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="136"/>
        <source>The project file (.micro).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="136"/>
        <location filename="../app/clicommands.cpp" line="823"/>
        <location filename="../app/clicommands.cpp" line="842"/>
        <location filename="../app/clicommands.cpp" line="856"/>
        <location filename="../app/clicommands.cpp" line="875"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="141"/>
        <source>Worker threads (default: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="141"/>
        <location filename="../app/clicommands.cpp" line="555"/>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="216"/>
        <source>Dataset &quot;%1&quot;: %2 comparisons, D = %3, P = %4, %5 groups.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="228"/>
        <source>Dataset &quot;%1&quot;: %2 comparisons, D = %3, P = %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="236"/>
        <source>--model expects micro, single or static, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="238"/>
        <source>--router expects linear or mlp, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="252"/>
        <location filename="../app/clicommands.cpp" line="670"/>
        <source>--fit expects gradient or em, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="264"/>
        <source>micro (default), single (one BT head) or static (mixture without router input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="264"/>
        <location filename="../app/clicommands.cpp" line="832"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="265"/>
        <source>Number of reward heads (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="265"/>
        <location filename="../app/clicommands.cpp" line="333"/>
        <location filename="../app/clicommands.cpp" line="701"/>
        <location filename="../app/clicommands.cpp" line="781"/>
        <location filename="../app/clicommands.cpp" line="865"/>
        <location filename="../app/clicommands.cpp" line="876"/>
        <location filename="../app/clicommands.cpp" line="889"/>
        <location filename="../app/demoreport.cpp" line="20"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="266"/>
        <source>Router: linear (default) or mlp (one hidden layer of --hidden ReLU units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="266"/>
        <location filename="../app/clicommands.cpp" line="276"/>
        <location filename="../app/clicommands.cpp" line="877"/>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="267"/>
        <source>Hidden units of the MLP router (default 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="267"/>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="268"/>
        <source>Weight of the router-entropy regulariser (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="268"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="269"/>
        <source>Passes over the training rows (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="269"/>
        <location filename="../app/clicommands.cpp" line="556"/>
        <location filename="../app/clicommands.cpp" line="768"/>
        <location filename="../app/clicommands.cpp" line="853"/>
        <location filename="../app/clicommands.cpp" line="890"/>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="270"/>
        <source>Mini-batch size (default 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="270"/>
        <location filename="../app/clicommands.cpp" line="557"/>
        <location filename="../app/clicommands.cpp" line="831"/>
        <location filename="../app/clicommands.cpp" line="891"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="271"/>
        <source>Peak AdamW learning rate (default 0.002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="271"/>
        <location filename="../app/clicommands.cpp" line="558"/>
        <location filename="../app/clicommands.cpp" line="892"/>
        <source>LR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="272"/>
        <source>AdamW weight decay (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="272"/>
        <source>WD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="273"/>
        <location filename="../app/clicommands.cpp" line="559"/>
        <location filename="../app/clicommands.cpp" line="855"/>
        <location filename="../app/clicommands.cpp" line="879"/>
        <location filename="../app/clicommands.cpp" line="893"/>
        <source>Random seed (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="273"/>
        <location filename="../app/clicommands.cpp" line="559"/>
        <location filename="../app/clicommands.cpp" line="769"/>
        <location filename="../app/clicommands.cpp" line="782"/>
        <location filename="../app/clicommands.cpp" line="855"/>
        <location filename="../app/clicommands.cpp" line="879"/>
        <location filename="../app/clicommands.cpp" line="893"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="274"/>
        <source>Share of rows held out for validation (default 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="274"/>
        <location filename="../app/clicommands.cpp" line="784"/>
        <location filename="../app/clicommands.cpp" line="854"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="275"/>
        <source>gradient (default: AdamW on the paper&apos;s loss) or em (expectation-maximisation of the likelihood; linear router).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="275"/>
        <location filename="../app/clicommands.cpp" line="852"/>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="276"/>
        <source>EM: random starts besides the gradient start (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="277"/>
        <source>EM: iteration cap (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="277"/>
        <location filename="../app/clicommands.cpp" line="878"/>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="290"/>
        <source>epoch %1: training NLL %2, validation NLL %3, accuracy %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="306"/>
        <source>Run %1: validation accuracy %2, NLL %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="309"/>
        <source>, ARI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="310"/>
        <source>, %1 s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="333"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="333"/>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="333"/>
        <location filename="../app/demoreport.cpp" line="19"/>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="334"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="334"/>
        <location filename="../app/demoreport.cpp" line="21"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="334"/>
        <location filename="../app/demoreport.cpp" line="22"/>
        <source>NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="355"/>
        <source>Run %1 on %2 validation rows: accuracy %3, NLL %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="358"/>
        <source>Agreement with known groups: ARI %1, NMI %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="360"/>
        <source>Recovery of the true heads (mean cosine after matching): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="362"/>
        <source>group %1: accuracy %2; per head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="368"/>
        <source>context %1: accuracy %2; best head %3; per head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="375"/>
        <source>True model accuracy %1; single-BT cross-entropy bound %2; this model&apos;s expected cross-entropy %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="395"/>
        <location filename="../app/clicommands.cpp" line="529"/>
        <location filename="../app/clicommands.cpp" line="618"/>
        <source>--out must end in .json or .csv, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="403"/>
        <source>status %1, not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="456"/>
        <source>Wrote %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="553"/>
        <source>The Stage-1 run whose heads are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="553"/>
        <location filename="../app/clicommands.cpp" line="814"/>
        <location filename="../app/clicommands.cpp" line="822"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="554"/>
        <source>Dataset with the labelled pairs and their contexts (default: the run&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="554"/>
        <source>DATASET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="555"/>
        <source>Temperature of the Hedge targets (default 0.001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="556"/>
        <source>Router epochs (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="557"/>
        <location filename="../app/clicommands.cpp" line="891"/>
        <source>Batch size (default 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="558"/>
        <source>AdamW learning rate of the router (default 0.01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="560"/>
        <source>Keep the Stage-1 prompt weights; learn only how each context shifts the routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="571"/>
        <source>--method expects micro or hyre, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="584"/>
        <source>Run %1 (%2, parent %3): accuracy %4 -&gt; %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="589"/>
        <source>  %1: %2 labelled, %3 scored, accuracy %4 -&gt; %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="593"/>
        <source>  %1: accuracy %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="607"/>
        <source>--%1 expects whole numbers separated by commas, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="647"/>
        <source>Stage-1 accuracy %1. Accuracy by labelled pairs per context (mean ± sd over %2 seeds):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="649"/>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="649"/>
        <source>MiCRo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="649"/>
        <source>HyRe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="667"/>
        <source>--k expects a range like 1..10, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="701"/>
        <source>held-out NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="701"/>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="701"/>
        <location filename="../app/demoreport.cpp" line="24"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="704"/>
        <source>Suggested K = %1 (lowest BIC); lowest held-out NLL at K = %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="714"/>
        <source>--k must be at least 2, --pairs at least 2 and --dim at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="764"/>
        <source>Synthetic data with known groups; trains single BT, static mixture and MiCRo and compares them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="768"/>
        <source>Epochs per model (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="769"/>
        <source>Random seed (default 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="773"/>
        <source>Generate a synthetic dataset with ground truth into the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="777"/>
        <location filename="../app/clicommands.cpp" line="795"/>
        <location filename="../app/clicommands.cpp" line="803"/>
        <location filename="../app/clicommands.cpp" line="850"/>
        <source>Dataset name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="777"/>
        <location filename="../app/clicommands.cpp" line="795"/>
        <location filename="../app/clicommands.cpp" line="803"/>
        <location filename="../app/clicommands.cpp" line="850"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="778"/>
        <source>Comparisons (default 4000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="778"/>
        <location filename="../app/clicommands.cpp" line="841"/>
        <location filename="../app/clicommands.cpp" line="866"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="779"/>
        <source>Response-feature dimension D (default 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="779"/>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="780"/>
        <source>Prompt-feature dimension P (default 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="780"/>
        <location filename="../app/clicommands.cpp" line="867"/>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="781"/>
        <source>Groups (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="782"/>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="783"/>
        <source>Norm of each group&apos;s reward vector (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="783"/>
        <location filename="../app/clicommands.cpp" line="785"/>
        <location filename="../app/clicommands.cpp" line="787"/>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="784"/>
        <source>Probability of flipping a label (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="785"/>
        <source>How strongly the prompt decides the group (default 4; 0 = not at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="786"/>
        <source>Contexts c0..c{C-1}; context j favours groups k with k mod C = j (default 0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="786"/>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="787"/>
        <source>How strongly a context favours its groups (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="792"/>
        <source>Import DIR/chosen.npy, rejected.npy, prompt.npy [groups.npy] as a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="796"/>
        <source>Folder with the .npy files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="796"/>
        <location filename="../app/clicommands.cpp" line="888"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="800"/>
        <source>Fit a Stage-1 model on a dataset and store the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="809"/>
        <source>List the project&apos;s runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="811"/>
        <source>Evaluate a stored run on its validation rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="814"/>
        <location filename="../app/clicommands.cpp" line="822"/>
        <source>Run id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="819"/>
        <source>Export a run: .json (config, metrics, epochs, parameters) or .csv (assignment and posterior per comparison).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="823"/>
        <source>Output file, .json or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="827"/>
        <source>Stage 2: route on prompt + context from a few labelled pairs per context (heads of --run frozen); stores a child run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="831"/>
        <source>Labelled pairs per context (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="832"/>
        <source>micro (Hedge targets, default) or hyre (per-context weights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="836"/>
        <source>Accuracy against labelled pairs per context, MiCRo routing vs HyRe, over several seeds; stored with the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="840"/>
        <source>Pairs per context (default 1,2,4,8,16,32,50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="840"/>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="841"/>
        <source>Draws per budget (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="842"/>
        <source>Also write the curve to a .json or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="846"/>
        <source>Held-out NLL and BIC for each K in a range, and the suggested K; stored with the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="851"/>
        <source>Range of K (default 1..6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="851"/>
        <source>A..B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="852"/>
        <source>em (default) or gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="853"/>
        <source>Epochs of gradient fits (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="854"/>
        <source>Held-out share (default 0.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="856"/>
        <source>Also write the table to a .json or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="862"/>
        <source>Time one online Hedge update and one adapted-router epoch over labelled pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="865"/>
        <source>Heads (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="866"/>
        <source>Labelled pairs (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="867"/>
        <source>Prompt features (default 64; plus 2 context columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="872"/>
        <source>Time EM fitting on the CSV of shared/bench/make_flex_csv.py (the flexmix comparison).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="875"/>
        <source>CSV with columns y, d1..dD, x1..xP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="876"/>
        <source>Components (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="877"/>
        <source>Random starts besides the gradient start (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="878"/>
        <source>Iteration cap (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="885"/>
        <source>Time Stage-1 training on the .npy triple of shared/bench/make_synth.py.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="888"/>
        <source>Folder with chosen.npy, rejected.npy, prompt.npy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="889"/>
        <source>Heads (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="890"/>
        <source>Epochs (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="892"/>
        <source>Peak learning rate (default 0.002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="904"/>
        <source>Usage: micro-cli &lt;command&gt; [options]   (micro-cli &lt;command&gt; --help for its options)

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="922"/>
        <source>Unknown command &quot;%1&quot;; &apos;micro-cli --help&apos; lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="928"/>
        <source>Machine-readable output (JSON on stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="941"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="963"/>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="16"/>
        <source>Demo dataset &quot;%1&quot;: synthetic preferences from groups the prompt reveals.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="23"/>
        <source>ARI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="33"/>
        <source>True model: accuracy %1, NLL %2. Any single BT model&apos;s expected cross-entropy is at least %3 (METHOD.md, Theory).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="39"/>
        <source>Cancelled before all models were trained.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui</name>
    <message>
        <location filename="../ui/errortext.cpp" line="20"/>
        <source>File not found: %1. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="22"/>
        <source>Cannot read %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="24"/>
        <source>Cannot write %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="26"/>
        <source>%1 is not in the expected format: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="28"/>
        <source>Shapes do not match in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="30"/>
        <source>%1 contains NaN or Inf at %2; clean the features before training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="33"/>
        <source>No dataset named &quot;%1&quot; in this project; &apos;micro-cli runs&apos; and the Data view list what is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="36"/>
        <source>No usable run %1 in this project%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="38"/>
        <source>A dataset named &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="40"/>
        <source>Invalid value for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="42"/>
        <source>%1 was written by a newer MiCRo Studio (schema version %2); update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="45"/>
        <source>%1 is not a MiCRo Studio project%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="47"/>
        <source>The project file %1 could not be updated: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="49"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="53"/>
        <source>Unexpected internal error in %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::CurvePlot</name>
    <message>
        <location filename="../ui/curveplot.cpp" line="16"/>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="17"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="18"/>
        <source>negative log-likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="19"/>
        <location filename="../ui/curveplot.cpp" line="35"/>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="33"/>
        <source>training NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="34"/>
        <source>validation NLL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <location filename="../ui/mainwindow.cpp" line="311"/>
        <source>MiCRo Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="61"/>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>&amp;Export Curves…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="77"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Run &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <source>Generate synthetic preferences from three groups and fit a single BT, a static mixture and MiCRo (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>&amp;Train…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>Open or create a project, or run the demo (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Cancel or wait for the running job before switching projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>%1 — MiCRo Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>%p% · %1:%2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>%1: epoch %2, validation accuracy %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273"/>
        <source>%1 running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>Failed; the project is as it was before the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Cancelled; the unfinished run was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="356"/>
        <location filename="../ui/mainwindow.cpp" line="362"/>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>MiCRo Studio projects (*.micro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <source>%1 is the open project; choose another name for the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>MiCRo Studio projects (*.micro);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>This project has no dataset yet; run the demo (Ctrl+D) to generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="411"/>
        <source>Export Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="426"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::RunTableModel</name>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="62"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="63"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="64"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="79"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="80"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="81"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="82"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="83"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="84"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="85"/>
        <source>Val. accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="86"/>
        <source>Val. NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="87"/>
        <source>ARI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="88"/>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::TrainDialog</name>
    <message>
        <location filename="../ui/traindialog.cpp" line="19"/>
        <source>Train a Stage-1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="21"/>
        <source>MiCRo (router reads the prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="22"/>
        <source>Single BT (one head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="23"/>
        <source>Static mixture (no router input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="27"/>
        <source>Number of reward heads. Over-estimating K is harmless; under-estimating hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="28"/>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="29"/>
        <source>MLP (128 ReLU units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="35"/>
        <source>Weight of the router-entropy term that keeps heads from collapsing (paper: 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="44"/>
        <source>Peak AdamW learning rate; cosine schedule with 5% warm-up (paper: 0.002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="50"/>
        <source>Share of comparisons held out for validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="63"/>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="64"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="65"/>
        <source>&amp;Heads (K):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="66"/>
        <source>&amp;Router:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="67"/>
        <source>&amp;Entropy weight (alpha):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="68"/>
        <source>E&amp;pochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="69"/>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="70"/>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="71"/>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="72"/>
        <source>&amp;Validation share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="74"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
